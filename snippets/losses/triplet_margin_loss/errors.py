import torch
import torch.nn as nn
import torch.nn.functional as F

a = torch.tensor([[0.0, 0.0], [1.0, 1.0]])
p = torch.tensor([[0.0, 1.0], [2.0, 1.0]])
n = torch.tensor([[3.0, 0.0], [1.0, 1.5]])

for call in [
    lambda: F.triplet_margin_loss(a, p, n, margin=0.0),     # margin must be > 0
    lambda: nn.TripletMarginLoss(margin=-1.0),              # checked when the module is built
    lambda: F.triplet_margin_loss(a, p[0], n),              # (N, D) mixed with (D,)
    lambda: F.triplet_margin_loss(a, p, torch.zeros(2, 3)),  # embedding sizes differ
]:
    try:
        call()
    except (RuntimeError, ValueError) as error:
        print(f"{type(error).__name__}: {error}")
        #> ValueError: margin must be greater than 0, got 0.0
        #> ValueError: TripletMarginLoss: expected margin to be greater than 0, got -1.0 instead
        #> RuntimeError: The anchor, positive, and negative tensors are expected to have the same number of dimensions, but got: anchor 2D, positive 1D, and negative 2D inputs
        #> RuntimeError: The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 1
