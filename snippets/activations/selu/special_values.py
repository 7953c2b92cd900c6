import torch
import torch.nn.functional as F

x = torch.tensor([float("-inf"), -20.0, float("nan"), 20.0, float("inf")], requires_grad=True)
y = F.selu(x)
y.sum().backward()
print(y.detach())
#> tensor([-1.7581, -1.7581,     nan, 21.0140,     inf])
print(x.grad)
#> tensor([0.0000e+00, 3.6237e-09, 1.0507e+00, 1.0507e+00, 1.0507e+00])

# 0-d and empty tensors keep their shape.
print(F.selu(torch.tensor(-2.0)), F.selu(torch.empty(0)), F.selu(torch.empty(2, 0, 3)).shape)
#> tensor(-1.5202) tensor([]) torch.Size([2, 0, 3])
