import torch
import torch.nn.functional as F

x = torch.tensor([[[0.0, 0.0, 3.0, 4.0]]], requires_grad=True)
out = F.lp_pool1d(x, 2, 2)
out.sum().backward()
print(out.detach(), x.grad)  # the norm has no derivative at 0; torch uses 0 there, not NaN
#> tensor([[[0., 5.]]]) tensor([[[0.0000, 0.0000, 0.6000, 0.8000]]])
