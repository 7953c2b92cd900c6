import math

import torch
import torch.nn as nn

# Raw scores (any real number) and labels in {1, -1}.
x = torch.tensor([0.8, -1.2, 0.3, 2.0])
y = torch.tensor([1.0, -1.0, -1.0, 1.0])

loss_fn = nn.SoftMarginLoss()
print(loss_fn(x, y))
#> tensor(0.4039)
print(nn.SoftMarginLoss(reduction="none")(x, y))
#> tensor([0.3711, 0.2633, 0.8544, 0.1269])

# Element by element: log(1 + exp(-y * x)), then the mean.
by_hand = [math.log(1 + math.exp(-t * s)) for s, t in zip(x.tolist(), y.tolist())]
print([round(v, 4) for v in by_hand], round(sum(by_hand) / len(by_hand), 4))
#> [0.3711, 0.2633, 0.8544, 0.1269] 0.4039
