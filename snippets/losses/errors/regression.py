import warnings

import torch
import torch.nn.functional as F

pred = torch.tensor([[1.0], [2.0], [3.0]])  # a regression head's output: (N, 1)
target = torch.tensor([1.5, 2.0, 2.0])      # the labels: (N)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    wrong = F.mse_loss(pred, target)         # broadcasts to (3, 3): every prediction vs every label
for warning in caught:
    print(f"{warning.category.__name__}: {warning.message}")
    #> UserWarning: Using a target size (torch.Size([3])) that is different to the input size (torch.Size([3, 1])). This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size.
print(wrong, F.mse_loss(pred.squeeze(1), target))
#> tensor(0.7500) tensor(0.4167)

x = torch.tensor([1.0, 2.0, 3.0])
for call in [
    lambda: F.mse_loss(x, torch.tensor([1.0, 2.0])),  # lengths 3 and 2 cannot broadcast
    lambda: F.huber_loss(x, x, delta=0.0),
    lambda: F.smooth_l1_loss(x, x, beta=-1.0),
]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")          # the size warning comes first; not shown again
            call()
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
        #> RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 0
        #> RuntimeError: huber_loss does not support non-positive values for delta.
        #> RuntimeError: smooth_l1_loss does not support negative values for beta.

# beta=0 is allowed: SmoothL1Loss becomes L1Loss.
print(F.smooth_l1_loss(x, torch.zeros(3), beta=0.0), F.l1_loss(x, torch.zeros(3)))
#> tensor(2.) tensor(2.)
