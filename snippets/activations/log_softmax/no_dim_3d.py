import warnings

import torch
import torch.nn.functional as F

# CTC-style scores: T=4 time steps, N=2 sequences, C=3 classes.
torch.manual_seed(0)
scores = torch.randn(4, 2, 3)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    implicit = F.log_softmax(scores)  # no dim: a 3-D input is normalized over dim 0, time
print(caught[0].category.__name__, torch.equal(implicit, F.log_softmax(scores, dim=0)))
#> UserWarning True
# The probabilities over the classes should sum to 1 at every (t, n); they only do with dim=2.
ones = torch.ones(4, 2)
print(torch.allclose(implicit.exp().sum(dim=2), ones),
      torch.allclose(F.log_softmax(scores, dim=2).exp().sum(dim=2), ones))
#> False True
