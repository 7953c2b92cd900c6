import warnings

import torch
import torch.nn as nn

for call in [
    lambda: nn.init.kaiming_normal_(torch.empty(4, 3), mode="fan_avg"),
    lambda: nn.init.kaiming_normal_(torch.empty(4, 3), nonlinearity="gelu"),
    lambda: nn.init.kaiming_normal_(torch.empty(4, 3), a=True),
    lambda: nn.init.kaiming_uniform_(torch.empty(4)),  # a bias
]:
    try:
        call()
    except ValueError as error:
        print(type(error).__name__, error)
        #> ValueError Mode fan_avg not supported, please use one of ['fan_in', 'fan_out']
        #> ValueError Unsupported nonlinearity gelu
        #> ValueError negative_slope True not a valid number
        #> ValueError Fan in and fan out can not be computed for tensor with fewer than 2 dimensions

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    nn.init.kaiming_uniform_(torch.empty(0, 3))
print(caught[0].category.__name__, caught[0].message)
#> UserWarning Initializing zero-element tensors is a no-op
