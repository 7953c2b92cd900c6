import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([1.0, 2.0, 3.0])

for call in [
    lambda: F.smooth_l1_loss(x, x, beta=-1.0),               # beta must be >= 0
    lambda: F.smooth_l1_loss(x, torch.tensor([1.0, 2.0])),  # shapes cannot broadcast
    lambda: nn.SmoothL1Loss(reduction="avg")(x, x),         # unknown reduction
]:
    try:
        call()
    except (RuntimeError, ValueError) as error:
        print(f"{type(error).__name__}: {error}")
        #> RuntimeError: smooth_l1_loss does not support negative values for beta.
        #> RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 0
        #> ValueError: avg is not a valid value for reduction
