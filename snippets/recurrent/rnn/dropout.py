import warnings

import torch
import torch.nn as nn

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    nn.RNN(3, 4, num_layers=1, dropout=0.5)   # one layer: there is no "between layers"
print(caught[0].category.__name__)
#> UserWarning
print(caught[0].message)
#> dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.5 and num_layers=1

torch.manual_seed(0)
rnn = nn.RNN(3, 4, num_layers=2, dropout=0.5)  # dropout on the first layer's output
x = torch.randn(5, 2, 3)
print(torch.equal(rnn(x)[0], rnn(x)[0]))     # training mode: two calls draw two masks
#> False
rnn.eval()
print(torch.equal(rnn(x)[0], rnn(x)[0]))     # evaluation mode: no dropout
#> True
