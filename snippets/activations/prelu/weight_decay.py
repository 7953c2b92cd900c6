import torch
import torch.nn as nn

# Positive inputs: the loss does not depend on a, its gradient is exactly 0.
x = torch.tensor([1.0, 2.0])
decayed, kept = nn.PReLU(), nn.PReLU()
opt = torch.optim.SGD([
    {"params": decayed.parameters(), "weight_decay": 0.5},
    {"params": kept.parameters(), "weight_decay": 0.0},  # exclude PReLU slopes from weight decay
], lr=0.1)
for _ in range(10):
    opt.zero_grad()
    (decayed(x).sum() + kept(x).sum()).backward()
    opt.step()
# Weight decay alone drags a towards 0 (plain ReLU): 0.25 * (1 - 0.1 * 0.5) ** 10
print(decayed.weight.data, kept.weight.data)
#> tensor([0.1497]) tensor([0.2500])
print(round(0.25 * 0.95**10, 4))
#> 0.1497
