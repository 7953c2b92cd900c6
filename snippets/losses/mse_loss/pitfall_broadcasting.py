import warnings

import torch
import torch.nn as nn

prediction = torch.tensor([[1.0], [2.0], [3.0]])  # (N, 1): a regression head's output
target = torch.tensor([1.0, 2.0, 3.0])            # (N,)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    wrong = nn.MSELoss()(prediction, target)
print(caught[0].category.__name__)
#> UserWarning
print(caught[0].message)
#> Using a target size (torch.Size([3])) that is different to the input size (torch.Size([3, 1])). This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size.
print(wrong)  # a perfect prediction, yet not 0: all 3 x 3 pairs were compared
#> tensor(1.3333)
print(nn.MSELoss()(prediction.squeeze(1), target))
#> tensor(0.)
