import warnings

import torch
import torch.nn.functional as F

prediction = torch.tensor([[0.5], [2.0]])  # (N, 1)
target = torch.tensor([0.5, 2.0])          # (N,)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    wrong = F.smooth_l1_loss(prediction, target)
print(caught[0].message)
#> Using a target size (torch.Size([2])) that is different to the input size (torch.Size([2, 1])). This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size.
print(wrong)  # the (2, 2) grid of all pairs, not 0
#> tensor(0.5000)
print(F.smooth_l1_loss(prediction.view(-1), target))
#> tensor(0.)
