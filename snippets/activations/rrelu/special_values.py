import torch
import torch.nn.functional as F

x = torch.tensor([float("-inf"), float("nan"), float("inf")], requires_grad=True)
y = F.rrelu(x, training=False)
y.sum().backward()
print(y.detach(), x.grad)  # evaluation: nan is not > 0, it gets the slope 11/48
#> tensor([-inf, nan, inf]) tensor([0.2292, 0.2292, 1.0000])

torch.manual_seed(0)
x.grad = None
y = F.rrelu(x, training=True)
y.sum().backward()
print(y.detach(), x.grad[1:])  # training: nan is not <= 0, it passes with gradient 1
#> tensor([-inf, nan, inf]) tensor([1., 1.])

print(F.rrelu(torch.tensor(-48.0)), F.rrelu(torch.empty(0), training=True).shape)
#> tensor(-11.) torch.Size([0])
