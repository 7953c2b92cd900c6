import math

import torch
import torch.nn as nn

g = torch.Generator().manual_seed(0)
for shape in [(100, 300), (64, 32, 3, 3)]:  # a Linear(300, 100) and a Conv2d(32, 64, 3) weight
    w = nn.init.xavier_uniform_(torch.empty(shape, device="cpu"), generator=g)
    receptive_field = w[0, 0].numel()  # 1 for a matrix, 3 * 3 for the conv weight
    fan_in, fan_out = w.shape[1] * receptive_field, w.shape[0] * receptive_field
    bound = math.sqrt(6 / (fan_in + fan_out))
    print(f"{fan_in=} {fan_out=}  bound {bound:.4f} max {w.abs().max():.4f}  "
          f"std {bound / math.sqrt(3):.4f} measured {w.std():.4f}")
    #> fan_in=300 fan_out=100  bound 0.1225 max 0.1225  std 0.0707 measured 0.0705
    #> fan_in=288 fan_out=576  bound 0.0833 max 0.0833  std 0.0481 measured 0.0482
    w = nn.init.xavier_normal_(torch.empty(shape, device="cpu"), generator=g)
    print(f"  normal: std {math.sqrt(2 / (fan_in + fan_out)):.4f} measured {w.std():.4f}")
    #>   normal: std 0.0707 measured 0.0704
    #>   normal: std 0.0481 measured 0.0485
