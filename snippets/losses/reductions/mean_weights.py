import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 1.2, 0.3],
                       [0.0, 0.0, 1.0],
                       [1.0, 2.0, 0.5]])           # N=4, C=3
target = torch.tensor([0, 2, 2, 1])
w = torch.tensor([1.0, 2.0, 3.0])                 # class weights; w[target] = [1, 3, 3, 2]

none = F.cross_entropy(logits, target, weight=w, reduction="none")   # w[y_n] * (-log p)
print(none)
#> tensor([0.2413, 4.3607, 1.6543, 0.9287])
# 'mean' divides by the weight sum of the targets, 1 + 3 + 3 + 2 = 9, not by N = 4.
print(F.cross_entropy(logits, target, weight=w), none.sum() / w[target].sum(), none.sum() / 4)
#> tensor(0.7983) tensor(0.7983) tensor(1.7963)
# nll_loss on log_softmax and linear_cross_entropy (here with an identity layer) do the same.
print(F.nll_loss(F.log_softmax(logits, dim=1), target, weight=w),
      F.linear_cross_entropy(logits, torch.eye(3), target, weight=w))
#> tensor(0.7983) tensor(0.7983)

# ignore_index removes a target from the sum AND from the denominator: (1 + 2) / (1 + 2).
ignored = torch.tensor([0, -100, -100, 1])
print(F.cross_entropy(logits, ignored, weight=w), (none[0] + none[3]) / (1 + 2))
#> tensor(0.3900) tensor(0.3900)
# All targets ignored: 0 / 0.
print(F.cross_entropy(logits, torch.full((4,), -100)))
#> tensor(nan)

# mse_loss with element weights divides by the weight sum too: (1 + 4 + 2 * 9) / 4.
x = torch.tensor([1.0, 2.0, 3.0])
y = torch.tensor([0.0, 0.0, 0.0])
ew = torch.tensor([1.0, 1.0, 2.0])
print(F.mse_loss(x, y, weight=ew), (ew * (x - y) ** 2).sum() / ew.sum())
#> tensor(5.7500) tensor(5.7500)
