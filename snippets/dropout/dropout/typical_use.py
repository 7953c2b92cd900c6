import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(16, 32), nn.ReLU(), nn.Dropout(p=0.5), nn.Linear(32, 4))
x = torch.randn(8, 16)  # a batch of 8 samples
model.train()  # training: a new random mask on every call
print(model(x).shape, torch.equal(model(x), model(x)))
#> torch.Size([8, 4]) False
model.eval()  # evaluation: dropout does nothing, the output is deterministic
print(torch.equal(model(x), model(x)))
#> True
