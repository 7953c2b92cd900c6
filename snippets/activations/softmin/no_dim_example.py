import warnings

import torch
import torch.nn as nn

# A 2 x 3 input given to nn.Softmin() without a dim.
input = torch.tensor([[-0.9406, -0.7574, -0.2140],
                      [1.0005, -1.2016, 0.1894]])
print(nn.Softmin())
#> Softmin(dim=None)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    output = nn.Softmin()(input)
print(output)
#> tensor([[0.4318, 0.3595, 0.2088],
#>         [0.0813, 0.7356, 0.1830]])
print(caught[0].category.__name__, caught[0].message)
#> UserWarning Implicit dimension choice for softmin has been deprecated. Change the call to include dim=X as an argument.
# A 2-D input gets dim=1: write it, and the result stays while the warning goes.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    explicit = nn.Softmin(dim=1)(input)
print(torch.equal(output, explicit), len(caught))
#> True 0
