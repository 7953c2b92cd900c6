import torch

# A soft prediction for one 2x2 mask.
logits = torch.tensor([[[2.0, -1.0],
                        [0.5, -2.0]]])
mask = torch.tensor([[[1.0, 0.0],
                      [1.0, 0.0]]])
p = torch.sigmoid(logits)
inter = (p * mask).sum()

# This page: sum(p) + sum(t) in the denominator.
print(1 - (2 * inter + 1) / (p.sum() + mask.sum() + 1))
#> tensor(0.1809)
# V-Net (Milletari et al., 2016): squared sums sum(p^2) + sum(t^2).
print(1 - (2 * inter + 1) / ((p ** 2).sum() + (mask ** 2).sum() + 1))
#> tensor(0.0572)

# For 0/1 masks sum(t^2) = sum(t); the two agree once the prediction is hard (0/1) too.
hard = (p > 0.5).float()
inter_hard = (hard * mask).sum()
print(1 - (2 * inter_hard + 1) / (hard.sum() + mask.sum() + 1),
      1 - (2 * inter_hard + 1) / ((hard ** 2).sum() + (mask ** 2).sum() + 1))
#> tensor(0.) tensor(0.)
