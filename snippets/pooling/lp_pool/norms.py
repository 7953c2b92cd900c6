import math

import torch
import torch.nn.functional as F

x = torch.tensor([[[3.0, 4.0, 1.0, 2.0, 2.0, 4.0]]])  # windows of 3: (3, 4, 1) and (2, 2, 4)
for p in [1, 2, 3, math.inf]:
    norms = [torch.linalg.vector_norm(w, ord=p).item() for w in x[0, 0].split(3)]
    print(p, F.lp_pool1d(x, p, 3), [round(v, 4) for v in norms])
    #> 1 tensor([[[8., 8.]]]) [8.0, 8.0]
    #> 2 tensor([[[5.0990, 4.8990]]]) [5.099, 4.899]
    #> 3 tensor([[[4.5144, 4.3089]]]) [4.5144, 4.3089]
    #> inf tensor([[[4., 4.]]]) [4.0, 4.0]
