import warnings

import torch
import torch.nn as nn

x = torch.tensor([[0.1, 0.2, 0.4, 0.8], [0.9, 0.1, 0.3, 0.2]])
y = torch.tensor([[3, 0, -1, 1], [0, -1, 2, 2]])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    positional = nn.MultiLabelMarginLoss("sum")  # lands in size_average: a truthy value means 'mean'
print(caught[0].category.__name__)
#> UserWarning
print(caught[0].message)
#> size_average and reduce args will be deprecated, please use reduction='mean' instead.
print(positional.reduction, positional(x, y))
#> mean tensor(0.5375)
print(nn.MultiLabelMarginLoss(reduction="sum")(x, y))
#> tensor(1.0750)
