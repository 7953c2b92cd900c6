import torch
import torch.nn as nn

torch.manual_seed(0)
lrn = nn.LocalResponseNorm(size=3, alpha=1.0, beta=0.75, k=1.0)

# Channels are dimension 1; every other dimension is a batch or spatial one.
for shape in [(2, 5, 7), (2, 5, 4, 4), (2, 5, 3, 4, 4), (1, 5, 2, 2, 2, 2)]:
    print(lrn(torch.randn(shape)).shape)
    #> torch.Size([2, 5, 7])
    #> torch.Size([2, 5, 4, 4])
    #> torch.Size([2, 5, 3, 4, 4])
    #> torch.Size([1, 5, 2, 2, 2, 2])

# Each position is normalized on its own: only channels at the same (h, w) interact.
x = torch.randn(2, 5, 4, 4)
print(torch.allclose(lrn(x)[:, :, 1:2, 3:4], lrn(x[:, :, 1:2, 3:4])))
#> True

# A 3-D input is read as (N, C, L): an unbatched image (C, H, W) would be normalized across H.
image = torch.randn(5, 4, 4)
print(torch.allclose(lrn(image), lrn(image.unsqueeze(0)).squeeze(0)))
#> False
