import torch
import torch.nn.functional as F

x = torch.tensor([float("-inf"), float("nan"), float("inf")], requires_grad=True)
y = F.leaky_relu(x, 0.1)
y.sum().backward()
print(y.detach(), x.grad)  # nan is not > 0: it gets the negative-side gradient, the slope
#> tensor([-inf, nan, inf]) tensor([0.1000, 0.1000, 1.0000])
# slope 0 times -inf is nan, where relu gives 0
print(F.leaky_relu(torch.tensor([float("-inf")]), 0.0), F.relu(torch.tensor([float("-inf")])))
#> tensor([nan]) tensor([0.])
print(F.leaky_relu(torch.tensor(-3.0)), F.leaky_relu(torch.empty(0, 4)).shape)
#> tensor(-0.0300) torch.Size([0, 4])
