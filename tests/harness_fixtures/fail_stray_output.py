import torch

x = torch.ones(2)
y = x * 2
#> tensor([2., 2.])
print(y.sum())

#> tensor(4.)
