import torch
import torch.nn.functional as F

x = torch.tensor([float("-inf"), -1e30, -3.0, float("nan"), 1e30, float("inf")], requires_grad=True)
y = F.hardswish(x)
print(y)  # -inf * 0 is NaN; negative x times 0 is -0.
#> tensor([       nan, -0.0000e+00, -0.0000e+00,        nan, 1.0000e+30,        inf],
#>        grad_fn=<HardswishBackward0>)
y.sum().backward()
print(x.grad)  # 1 at the NaN position here, but see the pitfall on NaN gradients
#> tensor([0., 0., 0., 1., 1., 1.])

print(F.hardswish(torch.tensor(1.5)), F.hardswish(torch.empty(0)).shape)  # 0-d and empty tensors
#> tensor(1.1250) torch.Size([0])
