import torch
import torch.nn.functional as F

x = torch.tensor([0.8, -1.2, 0.3, 2.0])
y = torch.tensor([1.0, -1.0, -1.0, 1.0])

# log(1 + exp(-y x)) = softplus(-y x) = logistic loss with 0/1 labels (y + 1) / 2.
print(F.soft_margin_loss(x, y))
#> tensor(0.4039)
print(F.softplus(-y * x).mean())
#> tensor(0.4039)
print(F.binary_cross_entropy_with_logits(x, (y + 1) / 2))
#> tensor(0.4039)
