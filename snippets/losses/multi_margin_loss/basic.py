import torch
import torch.nn as nn

# Raw scores for C = 4 classes; the target is a class index.
x = torch.tensor([[0.1, 0.2, 0.4, 0.8]])
y = torch.tensor([3])

loss_fn = nn.MultiMarginLoss()  # p=1, margin=1.0
print(loss_fn(x, y))
#> tensor(0.3250)

# Each wrong class i adds max(0, margin - x[y] + x[i]); the sum is divided by C = 4, not by C - 1.
terms = [max(0.0, 1 - x[0, 3].item() + x[0, i].item()) for i in [0, 1, 2]]
print([round(t, 4) for t in terms])
#> [0.3, 0.4, 0.6]
print(round(sum(terms), 4), round(sum(terms) / 4, 4), round(sum(terms) / 3, 4))
#> 1.3 0.325 0.4333
