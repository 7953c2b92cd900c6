import torch
import torch.nn as nn
import torch.nn.functional as F

anchor = torch.tensor([[0.0, 0.0], [1.0, 1.0]])
positive = torch.tensor([[0.0, 1.0], [2.0, 1.0]])
negative = torch.tensor([[3.0, 0.0], [1.0, 1.5]])

for call in [
    lambda: F.triplet_margin_loss(anchor, positive[0], negative),       # (N, D) mixed with (D)
    lambda: F.triplet_margin_loss(anchor, positive, torch.zeros(2, 3)),  # embedding sizes 2 and 3
    lambda: F.triplet_margin_loss(anchor, positive, negative, margin=0.0),
    lambda: nn.TripletMarginLoss(margin=-1.0),
    lambda: F.cosine_embedding_loss(anchor[0], positive[0], torch.tensor([1.0])),  # (D) inputs, (1) target
    lambda: F.cosine_embedding_loss(anchor[:1], positive[:1], torch.tensor(1.0)),  # (1, D) inputs, 0-d target
]:
    try:
        call()
    except (RuntimeError, ValueError) as error:
        print(f"{type(error).__name__}: {error}")
        #> RuntimeError: The anchor, positive, and negative tensors are expected to have the same number of dimensions, but got: anchor 2D, positive 1D, and negative 2D inputs
        #> RuntimeError: The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 1
        #> ValueError: margin must be greater than 0, got 0.0
        #> ValueError: TripletMarginLoss: expected margin to be greater than 0, got -1.0 instead
        #> RuntimeError: 1D target tensor expects 2D input tensors, but found inputs with sizes [2] and [2].
        #> RuntimeError: 0D target tensor expects 1D input tensors, but found inputs with sizes [1, 2] and [1, 2].
