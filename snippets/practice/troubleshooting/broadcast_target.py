import warnings

import torch
import torch.nn.functional as F

target = torch.tensor([1.0, 2.0, 3.0, 4.0])  # shape (4,)
pred = target.unsqueeze(1)  # a perfect prediction, but with the head's shape (4, 1)

# (4, 1) against (4,) broadcasts to (4, 4): every prediction meets every target.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(F.mse_loss(pred, target))
    #> tensor(2.5000)
print(caught[0].category.__name__, str(caught[0].message).split(". ")[0])
#> UserWarning Using a target size (torch.Size([4])) that is different to the input size (torch.Size([4, 1]))

# Fix: make the shapes equal. The perfect prediction now has loss 0.
print(F.mse_loss(pred.squeeze(1), target))
#> tensor(0.)
