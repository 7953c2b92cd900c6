import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(0)
x = torch.randn(2, 4, 5, 5, dtype=torch.float64, generator=g, device="cpu")
w = torch.randn(4, 3, 4, 4, dtype=torch.float64, generator=g, device="cpu")  # (C_in, C_out, kH, kW)

# each input pixel's stamp (C_out * kH * kW values) is one column; fold adds the stamps up
cols = w.view(4, -1).T @ x.view(2, 4, 25)  # (2, 48, 25)
out = F.fold(cols, output_size=(10, 10), kernel_size=4, padding=1, stride=2)
print(torch.allclose(out, F.conv_transpose2d(x, w, stride=2, padding=1)))
#> True
