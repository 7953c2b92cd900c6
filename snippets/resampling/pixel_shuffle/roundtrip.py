import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(2, 3, 6, 9)
small = F.pixel_unshuffle(x, 3)  # space to depth: nothing is lost
print(small.shape)
#> torch.Size([2, 27, 2, 3])
print(torch.equal(F.pixel_shuffle(small, 3), x), torch.equal(F.pixel_unshuffle(F.pixel_shuffle(small, 3), 3), small))
#> True True
# the (i, j) sub-pixel of every 3 x 3 block becomes channel c * 9 + i * 3 + j
print(torch.equal(small[:, 1 * 9 + 2 * 3 + 0], x[:, 1, 2::3, 0::3]))
#> True
