import torch
import torch.nn.functional as F

x = torch.tensor([[[3.0, 4.0, 0.0, 5.0, 12.0]]])
out = F.lp_pool1d(x, 2, 2, ceil_mode=True)  # windows (3, 4), (0, 5) and (12) past the end
print(out)
#> tensor([[[ 5.0000,  5.0000, 16.9706]]])
# The last window holds one element but is scaled by the full kernel size 2: sqrt(2 * 12 ** 2).
print(round(out[0, 0, -1].item(), 4), round((2 * 12.0 ** 2) ** 0.5, 4))
#> 16.9706 16.9706
