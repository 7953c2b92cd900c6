import warnings

import torch
import torch.nn as nn

model = nn.Linear(3, 1)
model(torch.ones(2, 3)).sum().backward()
params = model.parameters()  # a generator: it can be used only once
print(sum(p.numel() for p in params))
#> 4

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    total = nn.utils.clip_grad_norm_(params, max_norm=0.1)  # the same generator, already used up
print(total, caught[0].message)
#> tensor(0.) `parameters` is an empty generator, no gradient clipping will occur.
print(model.bias.grad)  # not clipped
#> tensor([2.])
