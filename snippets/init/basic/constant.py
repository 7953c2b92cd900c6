import torch
import torch.nn as nn

norm = nn.LayerNorm(4)
nn.init.ones_(norm.weight)
nn.init.zeros_(norm.bias)
print(norm.weight.data, norm.bias.data)
#> tensor([1., 1., 1., 1.]) tensor([0., 0., 0., 0.])

# LSTM biases are four gate blocks (input, forget, cell, output) of hidden_size each:
# a bias of 1 on the forget gate makes the cell keep its state at the start of training.
lstm = nn.LSTM(input_size=3, hidden_size=2)
nn.init.zeros_(lstm.bias_ih_l0)
nn.init.zeros_(lstm.bias_hh_l0)
nn.init.constant_(lstm.bias_ih_l0[2:4], 1.0)  # a view of the forget-gate block
print(lstm.bias_ih_l0.data)
#> tensor([0., 0., 1., 1., 0., 0., 0., 0.])
