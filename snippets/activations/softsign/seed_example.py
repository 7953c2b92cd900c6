import torch
import torch.nn as nn

# The input and the output printed by the source note (torch.randn(6) there), as literals.
x = torch.tensor([-1.1256, 0.6065, -1.7092, 0.5611, 0.7284, 1.5538])
printed = torch.tensor([-0.5295, 0.3775, -0.6309, 0.3594, 0.4214, 0.6084])

out = nn.Softsign()(x)
print(out)
#> tensor([-0.5295,  0.3775, -0.6309,  0.3594,  0.4214,  0.6084])
print(((out - printed).abs() < 5e-5).all())
#> tensor(True)
