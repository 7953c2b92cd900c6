import torch
import torch.nn.functional as F

x = torch.tensor([-3.0, -1.0, -0.25, 0.0, 0.75, 1.0, 3.0], dtype=torch.float64)

# Hardtanh(x) = min(max(x, min_val), max_val): the values are exactly those of clamp.
print(torch.equal(F.hardtanh(x), x.clamp(-1.0, 1.0)))
#> True
print(torch.equal(F.hardtanh(x, -2.0, 0.5), torch.minimum(torch.maximum(x, torch.tensor(-2.0)), torch.tensor(0.5))))
#> True
