import torch
import torch.nn as nn

# The input and the output printed by the source note (torch.randn(6) there), as literals.
x = torch.tensor([0.4206, -0.5932, 0.2186, -1.1800, 0.0856, 0.2458])
printed = torch.tensor([0.6036, 0.3559, 0.5544, 0.2351, 0.5214, 0.5611])

out = nn.Sigmoid()(x)
print(out)
#> tensor([0.6036, 0.3559, 0.5544, 0.2351, 0.5214, 0.5611])
print(((out - printed).abs() < 5e-5).all())
#> tensor(True)
