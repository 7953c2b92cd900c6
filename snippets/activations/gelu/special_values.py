import torch
import torch.nn.functional as F

x = torch.tensor([float("-inf"), -30.0, float("nan"), 30.0, float("inf")])
print(F.gelu(x))
#> tensor([nan,  0., nan, 30., inf])
print(F.gelu(x, approximate="tanh"))
#> tensor([nan, -0., nan, 30., inf])
