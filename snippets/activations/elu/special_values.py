import torch
import torch.nn.functional as F

x = torch.tensor([float("-inf"), -20.0, float("nan"), 20.0, float("inf")], requires_grad=True)
y = F.elu(x)
y.sum().backward()
print(y.detach())
#> tensor([-1., -1., nan, 20., inf])
print(x.grad)
#> tensor([0.0000e+00, 2.0612e-09, 1.0000e+00, 1.0000e+00, 1.0000e+00])

# 0-d and empty tensors keep their shape.
print(F.elu(torch.tensor(-2.0)), F.elu(torch.empty(0)), F.elu(torch.empty(2, 0, 3)).shape)
#> tensor(-0.8647) tensor([]) torch.Size([2, 0, 3])
