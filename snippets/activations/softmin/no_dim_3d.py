import warnings

import torch
import torch.nn as nn

# Distances of N=2 queries to C=3 prototypes at L=4 positions: (N, C, L).
torch.manual_seed(0)
distances = torch.rand(2, 3, 4)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    implicit = nn.Softmin()(distances)  # no dim: a 3-D input is normalized over dim 0, the batch
print(caught[0].category.__name__, torch.equal(implicit, nn.Softmin(dim=0)(distances)))
#> UserWarning True
# The weights over the prototypes should sum to 1 for every (n, l); they only do with dim=1.
ones = torch.ones(2, 4)
print(torch.allclose(implicit.sum(dim=1), ones), torch.allclose(nn.Softmin(dim=1)(distances).sum(dim=1), ones))
#> False True
