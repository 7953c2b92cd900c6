import torch

x = torch.arange(6, dtype=torch.float32).reshape(2, 3) / 3
print(x)
#> tensor([[0.0000, 0.3333, 0.6667],
#>         [1.0000, 1.3333, 1.6667]])
print(x.sum(dim=1))
#> tensor([1., 4.])
