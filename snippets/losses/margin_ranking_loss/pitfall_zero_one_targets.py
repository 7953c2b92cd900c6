import torch
import torch.nn.functional as F

x1 = torch.tensor([0.8, 0.3, 0.4], requires_grad=True)
x2 = torch.tensor([0.6, 0.6, 1.0])

# Labels written as 1/0 instead of 1/-1: no error, but every 0 pair
# costs exactly `margin`, whatever the scores, and gets zero gradient.
loss = F.margin_ranking_loss(x1, x2, torch.tensor([1.0, 1.0, 0.0]), margin=0.5, reduction="none")
print(loss)
#> tensor([0.3000, 0.8000, 0.5000], grad_fn=<ClampMinBackward0>)
loss.sum().backward()
print(x1.grad)
#> tensor([-1., -1., -0.])

# Map {0, 1} to {-1, 1} first:
labels01 = torch.tensor([1.0, 1.0, 0.0])
print(F.margin_ranking_loss(x1, x2, 2 * labels01 - 1, margin=0.5, reduction="none"))
#> tensor([0.3000, 0.8000, 0.0000], grad_fn=<ClampMinBackward0>)
