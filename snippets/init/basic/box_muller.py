import math

import torch

# From 16 elements on, the CPU turns 16 uniform draws into 16 normal draws (Box-Muller).
z = torch.randn(16, generator=torch.Generator().manual_seed(0), device="cpu")
u = torch.rand(16, generator=torch.Generator().manual_seed(0), device="cpu")
radius, angle = torch.sqrt(-2 * torch.log(1 - u[:8])), 2 * math.pi * u[8:]
print(torch.allclose(z, torch.cat([radius * torch.cos(angle), radius * torch.sin(angle)]), atol=1e-6))
#> True
