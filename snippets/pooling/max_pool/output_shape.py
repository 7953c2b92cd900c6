import math

import torch
import torch.nn.functional as F


def out_size(L, k, s, p=0, d=1, ceil_mode=False):
    n = (L + 2 * p - d * (k - 1) - 1) / s
    out = (math.ceil(n) if ceil_mode else math.floor(n)) + 1
    if ceil_mode and (out - 1) * s >= L + p:  # a window may not start in the right padding
        out -= 1
    return out


print("L   k s p d ceil  formula torch")
#> L   k s p d ceil  formula torch
for L, k, s, p, d, ceil in [(32, 2, 2, 0, 1, False), (33, 2, 2, 0, 1, False), (33, 2, 2, 0, 1, True),
                            (7, 3, 2, 1, 1, False), (7, 3, 2, 1, 2, False), (6, 3, 2, 1, 1, True),
                            (5, 2, 2, 1, 1, True), (112, 3, 2, 1, 1, False)]:
    torch_size = F.max_pool1d(torch.zeros(1, 1, L), k, s, p, d, ceil_mode=ceil).shape[-1]
    print(f"{L:<4}{k} {s} {p} {d} {ceil!s:5} {out_size(L, k, s, p, d, ceil):>7} {torch_size:>5}")
    #> 32  2 2 0 1 False      16    16
    #> 33  2 2 0 1 False      16    16
    #> 33  2 2 0 1 True       17    17
    #> 7   3 2 1 1 False       4     4
    #> 7   3 2 1 2 False       3     3
    #> 6   3 2 1 1 True        4     4
    #> 5   2 2 1 1 True        3     3
    #> 112 3 2 1 1 False      56    56
