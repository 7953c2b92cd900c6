import torch
import torch.nn as nn

torch.manual_seed(0)
rnn = nn.RNN(input_size=3, hidden_size=4, dtype=torch.float64)  # float64: the two paths agree on every device
cell = nn.RNNCell(input_size=3, hidden_size=4, dtype=torch.float64)
with torch.no_grad():                      # give the cell the layer's weights
    cell.weight_ih.copy_(rnn.weight_ih_l0)
    cell.weight_hh.copy_(rnn.weight_hh_l0)
    cell.bias_ih.copy_(rnn.bias_ih_l0)
    cell.bias_hh.copy_(rnn.bias_hh_l0)

x = torch.randn(6, 2, 3, dtype=torch.float64)  # (L=6, N=2, H_in=3)
h = torch.zeros(2, 4, dtype=torch.float64)
steps = []
for x_t in x:                              # one step per call: the loop is yours
    h = cell(x_t, h)
    steps.append(h)
output, h_n = rnn(x)
print(h.shape)
#> torch.Size([2, 4])
print(torch.allclose(torch.stack(steps), output), torch.allclose(h, h_n[0]))
#> True True
