import warnings

import torch
import torch.nn as nn

torch.manual_seed(0)
# in_features // div_value**(i + 1): 8 // 4 = 2, 8 // 16 = 0, 8 // 64 = 0
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    asm = nn.AdaptiveLogSoftmaxWithLoss(in_features=8, n_classes=10, cutoffs=[2, 4, 7], div_value=4.0)
print([tuple(cluster[0].weight.shape) for cluster in asm.tail])
#> [(2, 8), (0, 8), (0, 8)]
print(caught[0].message)
#> Initializing zero-element tensors is a no-op

# A zero-width cluster always outputs zeros: every class in it gets the same probability,
# whatever the input, so the model cannot tell those classes apart.
with torch.no_grad():
    p = asm.log_prob(torch.randn(3, 8)).exp()
print(p[:, 4:7])
#> tensor([[0.0715, 0.0715, 0.0715],
#>         [0.0992, 0.0992, 0.0992],
#>         [0.0787, 0.0787, 0.0787]])
