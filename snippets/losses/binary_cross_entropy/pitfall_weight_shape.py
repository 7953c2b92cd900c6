import torch
import torch.nn.functional as F

# 3 samples x 3 labels. The intent: weigh sample 2 three times as much.
probs = torch.full((3, 3), 0.5)
target = torch.ones(3, 3)
meant_per_sample = torch.tensor([1.0, 1.0, 3.0])

# Shape (3,) broadcasts along the LAST dimension: it weighs label 2, not sample 2.
print(F.binary_cross_entropy(probs, target, weight=meant_per_sample, reduction="none"))
#> tensor([[0.6931, 0.6931, 2.0794],
#>         [0.6931, 0.6931, 2.0794],
#>         [0.6931, 0.6931, 2.0794]])
# Per-sample weights need shape (N, 1).
print(F.binary_cross_entropy(probs, target, weight=meant_per_sample[:, None], reduction="none"))
#> tensor([[0.6931, 0.6931, 0.6931],
#>         [0.6931, 0.6931, 0.6931],
#>         [2.0794, 2.0794, 2.0794]])
