import math

import torch
import torch.nn as nn

# An example: probabilities from a sigmoid of random scores, and 0/1 targets.
probs = torch.tensor([[0.3370, 0.2463, 0.4499],
                      [0.2124, 0.3505, 0.7828]])
target = torch.tensor([[1.0, 0.0, 1.0],
                       [0.0, 1.0, 1.0]])

# By hand with plain floats: -log(p) for target 1, -log(1 - p) for target 0.
by_hand = [-math.log(p) if t == 1 else -math.log(1 - p)
           for row_p, row_t in zip(probs.tolist(), target.tolist()) for p, t in zip(row_p, row_t)]
print([round(v, 4) for v in by_hand])
#> [1.0877, 0.2828, 0.7987, 0.2388, 1.0484, 0.2449]
print(round(sum(by_hand) / len(by_hand), 4))
#> 0.6169
print(nn.BCELoss()(probs, target))
#> tensor(0.6169)
# BCEWithLogitsLoss on the matching logits gives the same value.
print(nn.BCEWithLogitsLoss()(torch.logit(probs), target))
#> tensor(0.6169)
