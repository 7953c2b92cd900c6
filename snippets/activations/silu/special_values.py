import torch
import torch.nn.functional as F

x = torch.tensor([float("-inf"), -100.0, float("nan"), 100.0, float("inf")], requires_grad=True)
y = F.silu(x)
y.sum().backward()
print(y.detach())
#> tensor([ nan,  -0.,  nan, 100.,  inf])
print(x.grad)
#> tensor([nan, -0., nan, 1., nan])

# 0-d and empty tensors keep their shape.
print(F.silu(torch.tensor(2.0)), F.silu(torch.empty(0)), F.silu(torch.empty(2, 0, 3)).shape)
#> tensor(1.7616) tensor([]) torch.Size([2, 0, 3])
