import torch
import torch.nn.functional as F

x = torch.tensor([float("-inf"), -20.0, float("nan"), 20.0, float("inf")], requires_grad=True)
y = F.celu(x, alpha=2.0)
y.sum().backward()
print(y.detach())
#> tensor([-2.0000, -1.9999,     nan, 20.0000,     inf])
print(x.grad)
#> tensor([0.0000e+00, 4.5400e-05, 1.0000e+00, 1.0000e+00, 1.0000e+00])

# 0-d and empty tensors keep their shape.
print(F.celu(torch.tensor(-2.0)), F.celu(torch.empty(0)), F.celu(torch.empty(2, 0, 3)).shape)
#> tensor(-0.8647) tensor([]) torch.Size([2, 0, 3])
