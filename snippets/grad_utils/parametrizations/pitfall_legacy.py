import warnings

import torch.nn as nn

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old = nn.utils.weight_norm(nn.Linear(3, 2))  # the hook-based function of earlier versions
print(caught[0].category.__name__)
#> FutureWarning
print(list(old.state_dict()))
#> ['bias', 'weight_g', 'weight_v']
new = nn.utils.parametrizations.weight_norm(nn.Linear(3, 2))
print(list(new.state_dict()))
#> ['bias', 'parametrizations.weight.original0', 'parametrizations.weight.original1']
