import warnings

import torch
import torch.nn as nn

log_probs = torch.tensor([[[[-0.1, -2.0], [-0.5, -0.7]],
                           [[-2.4, -0.2], [-1.0, -0.7]]]])
target = torch.tensor([[[0, 1], [1, 0]]])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old = nn.NLLLoss2d()
print(caught[0].category.__name__)
#> FutureWarning
print(caught[0].message)
#> `NLLLoss2d` has been deprecated. Please use `NLLLoss` instead as a drop-in replacement and see https://pytorch.org/docs/main/nn.html#torch.nn.NLLLoss for more details.
# It is only a subclass of NLLLoss now; NLLLoss handles 4-D input itself.
print(isinstance(old, nn.NLLLoss), old(log_probs, target), nn.NLLLoss()(log_probs, target))
#> True tensor(0.5000) tensor(0.5000)
