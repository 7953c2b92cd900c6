import torch
import torch.nn.functional as F

a = torch.tensor([0.25], requires_grad=True)
x = torch.tensor([float("-inf"), -2.0, float("nan"), float("inf")], requires_grad=True)
y = F.prelu(x, a)
y.sum().backward()
print(y.detach())
#> tensor([   -inf, -0.5000,     nan,     inf])
print(x.grad)  # nan is not > 0: it gets the slope
#> tensor([0.2500, 0.2500, 0.2500, 1.0000])
print(a.grad)  # sum of min(0, x): -inf, and nan poisons it
#> tensor([nan])
print(F.prelu(torch.tensor([float("-inf")]), torch.tensor([0.0])))  # a = 0 times -inf
#> tensor([nan])
print(F.prelu(torch.tensor(-2.0), torch.tensor([0.25])), F.prelu(torch.empty(0, 3), torch.ones(3)).shape)
#> tensor(-0.5000) torch.Size([0, 3])
