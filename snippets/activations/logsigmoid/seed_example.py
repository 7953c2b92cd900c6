import torch
import torch.nn as nn
import torch.nn.functional as F

# The input and the output printed by the source note (torch.randn(6) there), as literals.
x = torch.tensor([-1.2238, -0.1355, -0.4778, 0.9836, -0.3558, 2.2939])
printed = torch.tensor([-1.4817, -0.7632, -0.9603, -0.3177, -0.8868, -0.0961])

out = nn.LogSigmoid()(x)
print(out)
#> tensor([-1.4816, -0.7632, -0.9603, -0.3177, -0.8868, -0.0961])
# The first value differs in the last digit: the note printed its input rounded to 4 decimals.
print((out - printed).abs() < 5e-5)
#> tensor([False,  True,  True,  True,  True,  True])
# An input the note may really have had, inside the rounding interval, gives its -1.4817.
print(F.logsigmoid(torch.tensor([-1.22385, -1.2238], dtype=torch.float64)))
#> tensor([-1.4817, -1.4816], dtype=torch.float64)
