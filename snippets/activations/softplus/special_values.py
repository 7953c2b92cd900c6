import torch
import torch.nn.functional as F

x = torch.tensor([float("-inf"), -200.0, float("nan"), 1000.0, float("inf")], requires_grad=True)
y = F.softplus(x)
y.sum().backward()
# Positive in theory, but exp(-200) underflows in float32: softplus(-200) is exactly 0.
print(y)
#> tensor([   0.,    0.,   nan, 1000.,   inf], grad_fn=<SoftplusBackward0>)
print(x.grad)
#> tensor([0., 0., nan, 1., 1.])

# 0-d and empty tensors keep their shape.
print(F.softplus(torch.tensor(0.0)), F.softplus(torch.empty(0, 3)).shape)
#> tensor(0.6931) torch.Size([0, 3])
