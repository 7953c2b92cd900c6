import torch
import torch.nn.functional as F

# (N=1, C=2, d1=3) log-probabilities and a (N=1, d1=3) target: one class per position.
log_probs = torch.tensor([[[-0.1, -2.0, -0.5],
                           [-2.4, -0.2, -1.0]]])
target = torch.tensor([[0, 1, -100]])
weight = torch.tensor([1.0, 3.0])

print(F.nll_loss(log_probs, target, weight=weight, reduction="none"))
#> tensor([[0.1000, 0.6000, 0.0000]])
# mean over positions: (1 * 0.1 + 3 * 0.2) / (1 + 3); the ignored position counts nowhere.
print(F.nll_loss(log_probs, target, weight=weight))
#> tensor(0.1750)

# (N, C, H, W) input with an (N, H, W) target works the same way.
images = torch.tensor([[[[-0.1, -2.0], [-0.5, -0.7]],
                        [[-2.4, -0.2], [-1.0, -0.7]]]])
print(F.nll_loss(images, torch.tensor([[[0, 1], [1, 0]]]), reduction="none"))
#> tensor([[[0.1000, 0.2000],
#>          [1.0000, 0.7000]]])

# Unbatched: input (C,), target ().
print(F.nll_loss(torch.tensor([-0.2413, -1.7413, -3.2413]), torch.tensor(1)))
#> tensor(1.7413)
