import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([[0.5, -1.0, 2.0, 0.0],
                  [1.5, 0.5, -0.5, 1.0]])
W = torch.tensor([[0.2, -0.1, 0.4, 0.0],
                  [0.0, 0.3, 0.5, -0.2],
                  [0.1, 0.1, 0.1, 0.1]])
target = torch.tensor([1, 0])

for call in [
    lambda: F.linear_cross_entropy(x, target, W),            # cross_entropy's argument order
    lambda: F.linear_cross_entropy(x, W.T, target),          # weight stored as (in_features, C)
    lambda: F.linear_cross_entropy(x, W, target.float()),    # class indices stored as floats
    lambda: F.linear_cross_entropy(x, W, target, linear_bias=torch.zeros(4)),
    lambda: F.linear_cross_entropy(x[0], W.reshape(3, 1, 4), target[0]),  # K-dim needs a batch
    lambda: nn.LinearCrossEntropyLoss(4, 3, weight=torch.ones(4)),
    lambda: nn.LinearCrossEntropyLoss(4, 3, label_smoothing=1.5),
    lambda: nn.LinearCrossEntropyLoss(4, 3, reduction="avg")(x, target),
]:
    try:
        call()
    except (RuntimeError, ValueError) as error:
        print(f"{type(error).__name__}: {error}")
        #> RuntimeError: expected linear_weight with dimensionality at least 2, got 1
        #> RuntimeError: expected equal input and linear_weight last dimensions (in_features), got 4 and 3, respectively
        #> RuntimeError: expected target dtype to be Long or Byte, but got Float
        #> RuntimeError: expected linear_bias shape (3,), got (4,)
        #> RuntimeError: K-dimensional loss defined by linear_weight shape (3, 1, 4) requires batched input, (N, 4), got unbatched input with shape (4,)
        #> RuntimeError: expected weight shape to be (3,), got (4,)
        #> RuntimeError: expected label_smoothing to be in range [0, 1], got 1.5
        #> ValueError: avg is not a valid value for reduction
