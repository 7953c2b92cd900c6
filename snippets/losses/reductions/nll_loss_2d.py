import warnings

import torch
import torch.nn as nn

log_probs = torch.tensor([[[[-0.1, -2.0], [-0.5, -0.7]],
                           [[-2.4, -0.2], [-1.0, -0.7]]]])   # (N=1, C=2, H=2, W=2)
target = torch.tensor([[[0, 1], [1, 0]]])                     # (N=1, H=2, W=2)
w = torch.tensor([1.0, 3.0])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old = nn.NLLLoss2d(weight=w, ignore_index=0)
print(caught[0].category.__name__)
#> FutureWarning
print(caught[0].message)
#> `NLLLoss2d` has been deprecated. Please use `NLLLoss` instead as a drop-in replacement and see https://pytorch.org/docs/main/nn.html#torch.nn.NLLLoss for more details.
# Only a subclass now: same arguments, same numbers.
new = nn.NLLLoss(weight=w, ignore_index=0)
print(issubclass(nn.NLLLoss2d, nn.NLLLoss), old(log_probs, target), new(log_probs, target))
#> True tensor(0.6000) tensor(0.6000)
print(old(log_probs[:, :, 0], target[:, 0]), new(log_probs[:, :, 0], target[:, 0]))  # 3-D input too
#> tensor(0.2000) tensor(0.2000)
