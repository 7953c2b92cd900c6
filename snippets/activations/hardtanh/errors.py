import warnings

import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-2.0, 0.0, 2.0])

for call in [
    lambda: F.hardtanh(x, min_val=1.0, max_val=-1.0),  # min_val > max_val
    lambda: nn.Hardtanh(1.0, 1.0),                      # the module wants max_val > min_val
    lambda: F.hardtanh(x, min_value=-2.0),              # the old names exist only in nn.Hardtanh
]:
    try:
        call()
    except (ValueError, AssertionError, TypeError) as error:
        print(f"{type(error).__name__}: {error}")
        #> ValueError: min_val cannot be greater than max_val
        #> AssertionError: max_val (1.0) must be greater than min_val (1.0)
        #> TypeError: hardtanh() got an unexpected keyword argument 'min_value'

# The functional form accepts min_val == max_val: every element becomes that value.
print(F.hardtanh(x, 1.0, 1.0))
#> tensor([1., 1., 1.])

# nn.Hardtanh still accepts the old keyword names, with a FutureWarning.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    m = nn.Hardtanh(min_value=-2.0, max_value=2.0)
print(m, [f"{w.category.__name__}: {w.message}" for w in caught])
#> Hardtanh(min_val=-2.0, max_val=2.0) ['FutureWarning: keyword argument `min_value` is deprecated and renamed to `min_val`', 'FutureWarning: keyword argument `max_value` is deprecated and renamed to `max_val`']
