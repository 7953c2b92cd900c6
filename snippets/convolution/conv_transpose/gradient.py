import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(0)
x = torch.randn(1, 3, 7, 7, dtype=torch.float64, generator=g, device="cpu").requires_grad_()
w = torch.randn(4, 3, 3, 3, dtype=torch.float64, generator=g, device="cpu")
y = F.conv2d(x, w, stride=2, padding=1)  # (1, 4, 4, 4)
upstream = torch.randn(y.shape, dtype=torch.float64, generator=g, device="cpu")

# the gradient of conv2d w.r.t. its input is conv_transpose2d of the upstream gradient,
# with the same weight tensor and the same stride and padding
grad_x, = torch.autograd.grad(y, x, upstream)
print(torch.allclose(grad_x, F.conv_transpose2d(upstream, w, stride=2, padding=1)))
#> True

# equivalently, conv_transpose2d is the adjoint of conv2d: <conv(x), u> = <x, conv_transpose(u)>
left = (F.conv2d(x, w, stride=2, padding=1) * upstream).sum()
right = (x * F.conv_transpose2d(upstream, w, stride=2, padding=1)).sum()
print(f"{left.item():.4f} {right.item():.4f}")
#> -7.3302 -7.3302
