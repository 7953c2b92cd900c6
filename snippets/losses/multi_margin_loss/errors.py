import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([[0.1, 0.2, 0.4, 0.8],
                  [0.9, 0.1, 0.3, 0.2]])
y = torch.tensor([3, 0])

# Only p = 1 and p = 2 exist; the module already refuses other values when it is built.
for build in [lambda: F.multi_margin_loss(x, y, p=3), lambda: nn.MultiMarginLoss(p=3)]:
    try:
        build()
    except ValueError as error:
        print(f"ValueError: {error}")
        #> ValueError: only p == 1 and p == 2 supported
        #> ValueError: only p == 1 and p == 2 supported

for target, weight in [
    (torch.tensor([3.0, 0.0]), None),            # class indices stored as floats
    (torch.tensor([[0, 0, 0, 1], [1, 0, 0, 0]]), None),  # one-hot rows instead of indices
    (y, torch.tensor([1.0, 1.0, 2.0])),          # one weight short
    (y, torch.tensor([[1.0, 1.0, 1.0, 2.0]])),   # weight must be 1-D
]:
    try:
        F.multi_margin_loss(x, target, weight=weight)
    except (RuntimeError, ValueError) as error:
        print(f"{type(error).__name__}: {error}")
        #> RuntimeError: expected scalar type Long but found Float
        #> RuntimeError: multi_margin_loss: target tensor should be 1-D with size equal to the number of input samples (batch size). Expected target size [2], but got [2, 4]. Input has shape [2, 4].
        #> RuntimeError: inconsistent weight size, expected 4 but got [3]
        #> ValueError: weight must be one-dimensional
