import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([1.0, 2.0, 3.0])

for call in [
    lambda: F.huber_loss(x, x, delta=0.0),                # delta must be > 0
    lambda: F.huber_loss(x, torch.tensor([1.0, 2.0])),   # shapes cannot broadcast
    lambda: nn.HuberLoss(reduction="avg")(x, x),         # unknown reduction
    lambda: nn.HuberLoss(size_average=False),            # no legacy arguments
    lambda: F.huber_loss(x, x, reduce=False),
]:
    try:
        call()
    except (RuntimeError, ValueError, TypeError) as error:
        print(f"{type(error).__name__}: {error}")
        #> RuntimeError: huber_loss does not support non-positive values for delta.
        #> RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 0
        #> ValueError: avg is not a valid value for reduction
        #> TypeError: HuberLoss.__init__() got an unexpected keyword argument 'size_average'
        #> TypeError: huber_loss() got an unexpected keyword argument 'reduce'
