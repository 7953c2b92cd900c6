import torch
import torch.nn.functional as F

anchor = torch.tensor([[0.0, 0.0], [1.0, 1.0], [0.0, 1.0]], requires_grad=True)
positive = torch.tensor([[0.0, 1.0], [2.0, 1.0], [0.0, 3.0]], requires_grad=True)
negative = torch.tensor([[3.0, 0.0], [1.0, 1.5], [0.0, 2.0]], requires_grad=True)

# eps=0 so that the gradients are exactly the unit vectors below (eps adds ~1e-6 to them).
F.triplet_margin_loss(anchor, positive, negative, eps=0.0, reduction="sum").backward()
# Active triplet: d/da = (a - p) / d(a, p) - (a - n) / d(a, n); the satisfied triplet (row 0) gets 0.
print(anchor.grad + 0.0)  # + 0.0 turns -0. into 0.
#> tensor([[ 0.,  0.],
#>         [-1.,  1.],
#>         [ 0.,  0.]])
print(positive.grad + 0.0)  # -(a - p) / d(a, p)
#> tensor([[0., 0.],
#>         [1., 0.],
#>         [0., 1.]])
print(negative.grad + 0.0)  # (a - n) / d(a, n)
#> tensor([[ 0.,  0.],
#>         [ 0., -1.],
#>         [ 0., -1.]])
