import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 3), nn.Sigmoid())  # 3 independent yes/no labels
inputs = torch.randn(8, 4)                     # a batch of 8 samples
target = torch.randint(0, 2, (8, 3)).float()   # 0 or 1 per label, as floats

probs = model(inputs)                          # probabilities in (0, 1)
loss = nn.BCELoss()(probs, target)             # mean over all 8 * 3 elements
loss.backward()
print(probs.shape, target.shape, loss.shape)
#> torch.Size([8, 3]) torch.Size([8, 3]) torch.Size([])
