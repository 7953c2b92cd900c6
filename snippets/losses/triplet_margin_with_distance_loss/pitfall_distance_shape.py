import torch
import torch.nn.functional as F

anchor = torch.tensor([[0.0, 0.0], [1.0, 1.0]])
positive = torch.tensor([[0.0, 1.0], [2.0, 1.0]])
negative = torch.tensor([[3.0, 0.0], [1.0, 1.5]])

# The distance function must return one distance per row, shape (N,).
print(F.triplet_margin_with_distance_loss(anchor, positive, negative, reduction="none"))
#> tensor([0.0000, 1.5000])
# torch.dist returns one number for the whole batch: the loss silently loses its batch dimension.
print(F.triplet_margin_with_distance_loss(anchor, positive, negative, distance_function=torch.dist, reduction="none"))
#> tensor(0.)
# torch.cdist returns all N x N distances: every anchor is compared with every positive and negative.
print(F.triplet_margin_with_distance_loss(anchor, positive, negative, distance_function=torch.cdist, reduction="none"))
#> tensor([[0.0000, 1.4333],
#>         [0.0000, 1.5000]])
