import torch
import torch.nn.functional as F

x = torch.tensor([float("-inf"), 0.0, float("nan"), float("inf")], requires_grad=True)
y = F.threshold(x, 0.0, -1.0)
y.sum().backward()
print(y.detach(), x.grad)  # nan is never <= threshold: kept, with gradient 1
#> tensor([-1., -1., nan, inf]) tensor([0., 0., 1., 1.])

x = torch.tensor([-2.0, 3.0, float("nan")])
print(F.threshold(x, float("nan"), 0.0))  # nothing is <= nan: nothing is replaced
#> tensor([-2.,  3., nan])
print(F.threshold(x, 0.0, float("nan")))  # the replacement value can be anything, nan included
#> tensor([nan, 3., nan])
print(F.threshold(torch.tensor(-2.0), 0.0, 5.0), F.threshold(torch.empty(3, 0), 0.0, 5.0).shape)
#> tensor(5.) torch.Size([3, 0])
