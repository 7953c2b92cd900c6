import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(3, 8)
a, b = x.chunk(2, dim=-1)
# GLU gates with a sigmoid; the variants used in Transformer feed-forward layers
# (SwiGLU, GeGLU) swap in another activation and have no built-in function.
print(torch.allclose(F.glu(x), a * torch.sigmoid(b)))
#> True
swiglu = a * F.silu(b)
geglu = a * F.gelu(b)
print(swiglu.shape, geglu.shape)
#> torch.Size([3, 4]) torch.Size([3, 4])
# SiLU is a GLU whose two halves are the same tensor: x * sigmoid(x).
print(torch.allclose(F.glu(torch.cat([b, b], dim=-1)), F.silu(b)))
#> True
