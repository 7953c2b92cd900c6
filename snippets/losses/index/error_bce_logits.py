# snippet-devices: cpu  (on CUDA the range check is a device-side assert)
import torch
import torch.nn as nn

# Loud: raw logits into BCELoss, which requires values in [0, 1].
logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 1.2, 0.3]])
try:
    nn.BCELoss()(logits, torch.ones(2, 3))
except RuntimeError as error:
    print(f"{type(error).__name__}: {error}")
    #> RuntimeError: all elements of input should be between 0 and 1
