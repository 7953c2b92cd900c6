import warnings

import torch
import torch.nn as nn

# A 2 x 3 input given to nn.LogSoftmax() without a dim.
input = torch.tensor([[0.3179, -1.6143, -0.0478],
                      [0.7923, -1.6657, -2.5130]])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    output = nn.LogSoftmax()(input)
print(output)
#> tensor([[-0.6090, -2.5412, -0.9747],
#>         [-0.1154, -2.5734, -3.4207]])
print(caught[0].category.__name__, caught[0].message)
#> UserWarning Implicit dimension choice for log_softmax has been deprecated. Change the call to include dim=X as an argument.
# A 2-D input gets dim=1: write it, and the result stays while the warning goes.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    explicit = nn.LogSoftmax(dim=1)(input)
print(torch.equal(output, explicit), len(caught))
#> True 0
