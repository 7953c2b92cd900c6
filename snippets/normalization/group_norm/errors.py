import torch
import torch.nn as nn
import torch.nn.functional as F

try:
    nn.GroupNorm(3, 4)
except ValueError as error:
    print(f"ValueError: {error}")
    #> ValueError: num_channels (4) must be divisible by num_groups (3)
try:
    F.group_norm(torch.ones(2, 4), 3)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: Expected number of channels in input to be divisible by num_groups, but got input of shape [2, 4] and num_groups=3
try:
    nn.GroupNorm(2, 4)(torch.ones(2, 6, 5))  # the input's C must be num_channels
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: Expected weight to be a vector of size equal to the number of channels in input, but got weight of shape [4] and input of shape [2, 6, 5]
try:
    nn.GroupNorm(1, 4)(torch.ones(4))  # no unbatched input: at least (N, C)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: Expected at least 2 dimensions for input tensor but received 1
# Without affine parameters nothing checks num_channels: 6 channels pass a GroupNorm(2, 4), in groups of 3.
print(nn.GroupNorm(2, 4, affine=False)(torch.arange(12.0).view(1, 6, 2))[0, :, 0])
#> tensor([-1.4638, -0.2928,  0.8783, -1.4638, -0.2928,  0.8783])
