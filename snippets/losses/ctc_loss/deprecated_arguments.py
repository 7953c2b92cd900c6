import warnings

import torch
import torch.nn as nn

log_probs = torch.tensor([[[0.6, 0.4]],
                          [[0.6, 0.4]],
                          [[0.6, 0.4]]]).log()
args = (log_probs, torch.tensor([[1]]), (3,), (1,))

# CTCLoss never had size_average / reduce.
try:
    nn.CTCLoss(size_average=False)
except TypeError as error:
    print(f"TypeError: {error}")
    #> TypeError: CTCLoss.__init__() got an unexpected keyword argument 'size_average'

# The PyTorch 0.4 name 'elementwise_mean' still works, with a UserWarning.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old = nn.CTCLoss(reduction="elementwise_mean")(*args)
print(caught[0].category.__name__)
#> UserWarning
print(caught[0].message)
#> reduction='elementwise_mean' is deprecated. Please use reduction='mean' instead.
print(old, nn.CTCLoss()(*args))
#> tensor(0.3740) tensor(0.3740)
