import torch
import torch.nn.functional as F

x = torch.tensor([[0.1, -0.6, 0.4, 0.8]])
y = torch.tensor([3])

# margin - x[y] + x[i] for the wrong classes 0, 1, 2: one of them is negative.
z = 1 - x[0, 3] + x[0, :3]
print(z)
#> tensor([ 0.3000, -0.4000,  0.6000])

print(F.multi_margin_loss(x, y, p=1), z.clamp(min=0).sum() / 4)
#> tensor(0.2250) tensor(0.2250)
# p=2 squares each hinge term AFTER the max: max(0, z)^2.
print(F.multi_margin_loss(x, y, p=2), (z.clamp(min=0) ** 2).sum() / 4)
#> tensor(0.1125) tensor(0.1125)
# Not max(0, z^2) (a satisfied margin would still cost), not (sum of max(0, z))^2:
print((z ** 2).clamp(min=0).sum() / 4, z.clamp(min=0).sum() ** 2 / 4)
#> tensor(0.1525) tensor(0.2025)
