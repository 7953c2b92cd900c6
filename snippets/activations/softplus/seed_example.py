import torch
import torch.nn as nn
import torch.nn.functional as F

# The input and the output printed by the source note (torch.randn(6) there), as literals.
x = torch.tensor([0.3301, 1.3399, -0.6725, -1.7277, 0.1790, 1.7915])
printed = torch.tensor([0.8717, 1.5725, 0.4124, 0.1636, 0.7866, 1.9457])

out = nn.Softplus()(x)
print(out)
#> tensor([0.8718, 1.5725, 0.4124, 0.1636, 0.7866, 1.9457])
# The first value differs in the last digit: the note printed its input rounded to 4 decimals.
print((out - printed).abs() < 5e-5)
#> tensor([False,  True,  True,  True,  True,  True])
# An input the note may really have had, inside the rounding interval, gives its 0.8717.
print(F.softplus(torch.tensor([0.33005, 0.3301], dtype=torch.float64)))
#> tensor([0.8717, 0.8718], dtype=torch.float64)
