import torch
import torch.nn.functional as F

inf, nan = float("inf"), float("nan")
values = [inf, 2.0, 2.0, nan, inf]
gates = [0.0, -inf, nan, 0.0, -inf]
x = torch.tensor(values + gates, requires_grad=True)
y = F.glu(x)
y.sum().backward()
print(y.detach())
#> tensor([inf, 0., nan, nan, nan])
print(x.grad[:5], x.grad[5:])  # gradients w.r.t. the values, then w.r.t. the gates
#> tensor([0.5000, 0.0000,    nan, 0.5000, 0.0000]) tensor([inf, 0., nan, nan, nan])

# Empty tensors work when the halved size (here 0 or 4) is even.
print(F.glu(torch.empty(0)).shape, F.glu(torch.empty(0, 4)).shape)
#> torch.Size([0]) torch.Size([0, 2])
