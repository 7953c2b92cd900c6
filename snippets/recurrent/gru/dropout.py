import warnings

import torch
import torch.nn as nn

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    nn.GRU(3, 4, dropout=0.3)              # num_layers=1: nothing to drop between layers
print(caught[0].message)
#> dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.3 and num_layers=1

torch.manual_seed(0)
gru = nn.GRU(3, 4, num_layers=2, dropout=0.3)
x = torch.randn(5, 2, 3)
print(torch.equal(gru(x)[1], gru(x)[1]))   # training mode: the last layer's h_n sees the dropped input
#> False
gru.eval()
print(torch.equal(gru(x)[1], gru(x)[1]))
#> True
