import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(0)
x = torch.randn(2, 3, 9, 8, dtype=torch.float64, generator=g, device="cpu")
w = torch.randn(5, 3, 3, 3, dtype=torch.float64, generator=g, device="cpu")

cols = F.unfold(x, kernel_size=3, padding=1, stride=2)  # (2, 27, 5 * 4)
out = w.view(5, -1) @ cols  # every kernel against every window: (2, 5, 20)
out = out.view(2, 5, 5, 4)  # the windows back onto their 5 x 4 grid
print(cols.shape, out.shape)
#> torch.Size([2, 27, 20]) torch.Size([2, 5, 5, 4])
print(torch.allclose(out, F.conv2d(x, w, padding=1, stride=2)))
#> True
