import torch

x = torch.zeros(2)
print(x)

print(x + 1)
#> tensor([1., 1.])
