import torch
import torch.nn as nn
import torch.nn.functional as F

a = torch.tensor([[0.0, 0.0], [1.0, 1.0]])
p = torch.tensor([[0.0, 1.0], [2.0, 1.0]])
n = torch.tensor([[3.0, 0.0], [1.0, 1.5]])

for call in [
    lambda: F.triplet_margin_with_distance_loss(a, p, n, F.pairwise_distance),  # keyword-only
    lambda: F.triplet_margin_with_distance_loss(a, p, n, size_average=False),   # no legacy arguments
    lambda: F.triplet_margin_with_distance_loss(a, p, n, reduction="elementwise_mean"),
    lambda: nn.TripletMarginWithDistanceLoss(margin=0.0)(a, p, n),
    lambda: F.triplet_margin_with_distance_loss(a, p[0], n),
]:
    try:
        call()
    except (RuntimeError, TypeError, ValueError) as error:
        print(f"{type(error).__name__}: {error}")
        #> TypeError: triplet_margin_with_distance_loss() takes 3 positional arguments but 4 were given
        #> TypeError: triplet_margin_with_distance_loss() got an unexpected keyword argument 'size_average'
        #> ValueError: elementwise_mean is not a valid value for reduction
        #> ValueError: TripletMarginWithDistanceLoss: expected margin to be greater than 0, got 0.0 instead
        #> RuntimeError: The anchor, positive, and negative tensors are expected to have the same number of dimensions, but got: anchor 2D, positive 1D, and negative 2D inputs
