import math

import torch
import torch.nn as nn

logits = torch.tensor([[1.6021, 0.5762, -1.9105, -1.0844, -0.0256],
                       [1.0483, 0.8033, 1.1037, -1.2296, 1.2662],
                       [0.7592, -2.6041, -1.6092, -0.2643, 1.2362]])
target = torch.tensor([1, 0, 3])

# The same loss with plain Python floats: log(sum(exp(x_j))) - x_target.
rows = logits.tolist()
by_hand = [math.log(sum(math.exp(v) for v in row)) - row[t] for row, t in zip(rows, target.tolist())]
print([round(v, 4) for v in by_hand])
#> [1.5284, 1.4317, 2.1545]
print(round(sum(by_hand) / len(by_hand), 4))
#> 1.7048
print(nn.CrossEntropyLoss()(logits, target))
#> tensor(1.7048)
