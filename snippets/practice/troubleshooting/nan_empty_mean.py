import torch
import torch.nn.functional as F

logits = torch.tensor([[1.0, 2.0, 0.5],
                       [0.3, -0.2, 0.1]])
padding = torch.tensor([-100, -100])  # a batch whose targets are all ignore_index

# 'mean' divides by the number of targets that are not ignored: here 0 / 0.
print(F.cross_entropy(logits, padding))
#> tensor(nan)
# An empty batch (e.g. after filtering) has the same problem.
print(F.mse_loss(torch.empty(0), torch.empty(0)))
#> tensor(nan)

# Fix: sum, then divide by the number of valid targets, at least 1.
valid = (padding != -100).sum()
print(valid, F.cross_entropy(logits, padding, reduction="sum") / valid.clamp(min=1))
#> tensor(0) tensor(0.)
