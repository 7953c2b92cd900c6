import torch
import torch.nn as nn

g = torch.Generator().manual_seed(0)
# Meant as "cut at two standard deviations", but the default bounds are a=-2.0, b=2.0: 100 std away.
w = nn.init.trunc_normal_(torch.empty(100_000, device="cpu"), std=0.02, generator=g)
print(f"max |w| {w.abs().max():.4f}  share beyond 0.04: {(w.abs() > 0.04).float().mean():.4f}")
#> max |w| 0.0913  share beyond 0.04: 0.0453
# The bounds written as values: -2 std and 2 std.
w = nn.init.trunc_normal_(torch.empty(100_000, device="cpu"), std=0.02, a=-0.04, b=0.04, generator=g)
print(f"max |w| {w.abs().max():.4f}  share beyond 0.04: {(w.abs() > 0.04).float().mean():.4f}")
#> max |w| 0.0400  share beyond 0.04: 0.0000
