import warnings

import torch
import torch.nn as nn

features = torch.tensor([[1.0, 2.0, 3.0, 4.0],
                         [5.0, 6.0, 7.0, 8.0],
                         [0.0, 0.0, 4.0, 4.0]])  # meant as a batch of N=3 vectors with 4 features
m = nn.InstanceNorm1d(4)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    y = m(features)  # a 2-D input is read as one unbatched (C, L) sample: C=3 channels of length 4
print(caught[0].message)
#> input's size at dim=0 does not match num_features. You can silence this warning by not passing in num_features, which is not used because affine=False
print(y)  # each row normalized over its 4 values: nothing is normalized across the batch
#> tensor([[-1.3416, -0.4472,  0.4472,  1.3416],
#>         [-1.3416, -0.4472,  0.4472,  1.3416],
#>         [-1.0000, -1.0000,  1.0000,  1.0000]])

try:
    nn.InstanceNorm1d(4, affine=True)(features)  # with parameters, a wrong C is an error
except ValueError as error:
    print(f"ValueError: {error}")
    #> ValueError: expected input's size at dim=0 to match num_features (4), but got: 3.
try:
    nn.InstanceNorm1d(4)(torch.ones(2, 4, 3, 3))  # the rank must match the class
except ValueError as error:
    print(f"ValueError: {error}")
    #> ValueError: expected 2D or 3D input (got 4D input)
