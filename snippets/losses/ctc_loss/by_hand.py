import itertools
import math

import torch
import torch.nn.functional as F

# Per-frame class probabilities (rows sum to 1): T=3 frames, classes blank=0, "a"=1, "b"=2.
probs = [[0.5, 0.4, 0.1],
         [0.3, 0.4, 0.3],
         [0.2, 0.1, 0.7]]
target = [1, 2]  # "ab"


def collapse(path, blank=0):
    # merge repeated labels, then drop blanks: (1, 1, 2) -> (1, 2), (1, 0, 1) -> (1, 1)
    merged = [c for i, c in enumerate(path) if i == 0 or c != path[i - 1]]
    return [c for c in merged if c != blank]


# Enumerate all 3**3 = 27 alignments and keep those that collapse to the target.
total = 0.0
for path in itertools.product(range(3), repeat=3):
    if collapse(path) == target:
        p = math.prod(probs[t][c] for t, c in enumerate(path))
        total += p
        print(path, round(p, 4))
        #> (0, 1, 2) 0.14
        #> (1, 0, 2) 0.084
        #> (1, 1, 2) 0.112
        #> (1, 2, 0) 0.024
        #> (1, 2, 2) 0.084
print(round(total, 4), round(-math.log(total), 4))
#> 0.444 0.8119

log_probs = torch.tensor(probs).log().unsqueeze(1)  # (T, N=1, C)
print(F.ctc_loss(log_probs, torch.tensor([target]), torch.tensor([3]), torch.tensor([2]), reduction="sum"))
#> tensor(0.8119)
