import torch
import torch.nn as nn

model = nn.Linear(3, 1)  # no backward yet: every .grad is None
print(nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0))
#> tensor(0.)
try:
    nn.utils.clip_grad_value_(model.parameters(), clip_value=1.0)
except RuntimeError as error:
    print(type(error).__name__, str(error).split("  ")[0])
    #> RuntimeError Expected !nested_tensorlist[0].empty() to be true, but got false.
