import warnings

import torch
import torch.nn as nn

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    nn.LSTM(3, 4, dropout=0.2)             # num_layers=1: nothing to drop between layers
print(caught[0].message)
#> dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.2 and num_layers=1

torch.manual_seed(0)
lstm = nn.LSTM(3, 4, num_layers=2, dropout=0.2).eval()  # dropout only acts in training mode
x = torch.randn(5, 2, 3)
print(torch.equal(lstm(x)[0], lstm(x)[0]))
#> True
