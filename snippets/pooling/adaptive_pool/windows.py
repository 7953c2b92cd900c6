import math

import torch
import torch.nn.functional as F


def windows(L, out):
    return [(math.floor(i * L / out), math.ceil((i + 1) * L / out)) for i in range(out)]


for L, out in [(7, 3), (8, 4), (5, 3), (3, 5)]:
    x = torch.arange(float(L)).reshape(1, 1, L)
    print(L, out, windows(L, out), F.adaptive_max_pool1d(x, out).flatten().tolist())
    #> 7 3 [(0, 3), (2, 5), (4, 7)] [2.0, 4.0, 6.0]
    #> 8 4 [(0, 2), (2, 4), (4, 6), (6, 8)] [1.0, 3.0, 5.0, 7.0]
    #> 5 3 [(0, 2), (1, 4), (3, 5)] [1.0, 3.0, 4.0]
    #> 3 5 [(0, 1), (0, 2), (1, 2), (1, 3), (2, 3)] [0.0, 1.0, 1.0, 2.0, 2.0]
