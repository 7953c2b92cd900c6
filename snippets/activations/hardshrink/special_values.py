import torch
import torch.nn.functional as F

x = torch.tensor([float("-inf"), -0.25, float("nan"), 0.25, float("inf")], requires_grad=True)
y = F.hardshrink(x)
print(y)  # NaN and infinities pass through
#> tensor([-inf, 0., nan, 0., inf], grad_fn=<HardshrinkBackward0>)
print(torch.signbit(y))  # the zeros are +0, also for the negative input
#> tensor([ True, False, False, False, False])
y.sum().backward()
print(x.grad)  # 1 at the NaN position here, but see the pitfall on NaN gradients
#> tensor([1., 0., 1., 0., 1.])

print(F.hardshrink(torch.tensor(-0.75)), F.hardshrink(torch.empty(0, 2)).shape)  # 0-d and empty tensors
#> tensor(-0.7500) torch.Size([0, 2])
