import math

import torch
import torch.nn as nn

g = torch.Generator().manual_seed(0)
w = nn.init.uniform_(torch.empty(500, 200, device="cpu"), a=-0.3, b=0.5, generator=g)
print(f"min {w.min():.4f}  max {w.max():.4f}  mean {w.mean():.3f}  std {w.std():.4f}")
#> min -0.3000  max 0.5000  mean 0.100  std 0.2306
print(f"theory: mean {(-0.3 + 0.5) / 2:.3f}  std {(0.5 - -0.3) / math.sqrt(12):.4f}")
#> theory: mean 0.100  std 0.2309
w = nn.init.normal_(torch.empty(500, 200, device="cpu"), mean=1.0, std=0.02, generator=g)
print(f"mean {w.mean():.3f}  std {w.std():.4f}  share within 2 std {((w - 1).abs() < 0.04).float().mean():.3f}")
#> mean 1.000  std 0.0200  share within 2 std 0.955
