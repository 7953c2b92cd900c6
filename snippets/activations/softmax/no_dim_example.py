import warnings

import torch
import torch.nn as nn

# A 2 x 3 input given to nn.Softmax() without a dim.
input = torch.tensor([[1.1853, -0.9699, -0.6635],
                      [0.2013, 0.8596, -2.3155]])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    output = nn.Softmax()(input)
print(output)
#> tensor([[0.7854, 0.0910, 0.1236],
#>         [0.3320, 0.6412, 0.0268]])
print(caught[0].category.__name__, caught[0].message)
#> UserWarning Implicit dimension choice for softmax has been deprecated. Change the call to include dim=X as an argument.
# For a 2-D input the guess is dim=1: write it, and the result stays while the warning goes.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    explicit = nn.Softmax(dim=1)(input)
print(torch.equal(output, explicit), len(caught))
#> True 0
