import warnings

import torch
import torch.nn.functional as F

prediction = torch.tensor([[1.0], [2.0], [3.0]])  # (N, 1): a regression head's output
target = torch.tensor([1.0, 2.0, 3.0])            # (N,)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    wrong = F.l1_loss(prediction, target)
print(caught[0].category.__name__)
#> UserWarning
print(caught[0].message)
#> Using a target size (torch.Size([3])) that is different to the input size (torch.Size([3, 1])). This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size.
# Broadcasting compared every prediction with every target: a (3, 3) grid of errors.
print(wrong, F.l1_loss(prediction, target, reduction="none").shape)
#> tensor(0.8889) torch.Size([3, 3])
# A perfect prediction should give 0.
print(F.l1_loss(prediction.squeeze(1), target))
#> tensor(0.)
