import math

import torch
import torch.nn as nn

rnn = nn.RNN(input_size=1, hidden_size=1, dtype=torch.float64)
with torch.no_grad():
    rnn.weight_ih_l0.fill_(0.5)
    rnn.weight_hh_l0.fill_(-1.0)
    rnn.bias_ih_l0.fill_(0.0)
    rnn.bias_hh_l0.fill_(0.1)
x = torch.tensor([[1.0], [2.0], [3.0]], dtype=torch.float64)  # one sequence of 3 steps, unbatched
output, h_n = rnn(x)
print([round(v, 4) for v in output.flatten().tolist()])
#> [0.537, 0.5102, 0.7968]
print([round(v, 4) for v in h_n.flatten().tolist()])  # h_n is the last output
#> [0.7968]

# h_t = tanh(0.5 * x_t + 0.1 - 1.0 * h_{t-1}), from h_0 = 0
h, by_hand = 0.0, []
for x_t in (1.0, 2.0, 3.0):
    h = math.tanh(0.5 * x_t + 0.1 - 1.0 * h)
    by_hand.append(h)
print([round(v, 4) for v in by_hand])
#> [0.537, 0.5102, 0.7968]
