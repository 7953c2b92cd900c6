import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Dropout(p=0.5), nn.Linear(8, 1))
x = torch.ones(16, 4)

# In training mode dropout draws a new mask on every call: the same input, another output.
model.train()
print(model.training, torch.equal(model(x), model(x)))
#> True False

# Evaluate in eval mode: dropout is off (and BatchNorm uses its running statistics).
model.eval()
print(model.training, torch.equal(model(x), model(x)))
#> False True
# Switch back before the next training epoch.
model.train()
print(all(m.training for m in model.modules()))
#> True
