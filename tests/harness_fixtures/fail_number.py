import torch

x = torch.tensor([1.0, 2.0, 3.0])
print(x.mean())
#> tensor(2.)
print(x.std())
#> tensor(1.5000)
