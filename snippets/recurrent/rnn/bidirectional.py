import torch
import torch.nn as nn

rnn = nn.RNN(input_size=1, hidden_size=1, batch_first=True, bidirectional=True, dtype=torch.float64)
with torch.no_grad():
    rnn.weight_ih_l0.fill_(0.5)            # forward direction
    rnn.weight_hh_l0.fill_(-1.0)
    rnn.bias_ih_l0.fill_(0.0)
    rnn.bias_hh_l0.fill_(0.1)
    rnn.weight_ih_l0_reverse.fill_(1.0)    # backward direction
    rnn.weight_hh_l0_reverse.fill_(0.5)
    rnn.bias_ih_l0_reverse.fill_(0.0)
    rnn.bias_hh_l0_reverse.fill_(0.0)
x = torch.tensor([[[1.0], [2.0], [3.0]]], dtype=torch.float64)  # (N=1, L=3, H_in=1)
with torch.no_grad():
    output, h_n = rnn(x)
print(output[0])                           # one row per step: [forward, backward]
#> tensor([[0.5370, 0.9039],
#>         [0.5102, 0.9865],
#>         [0.7968, 0.9951]], dtype=torch.float64)
print(h_n[:, 0].flatten())                 # [forward final, backward final]
#> tensor([0.7968, 0.9039], dtype=torch.float64)

# The backward direction ends at step 0: its final state is output[:, 0, H:], not output[:, -1, H:].
print(output[:, -1, 1], output[:, 0, 1])
#> tensor([0.9951], dtype=torch.float64) tensor([0.9039], dtype=torch.float64)
# The summary of both directions:
both = torch.cat([h_n[-2], h_n[-1]], dim=1)
print(torch.allclose(both, torch.cat([output[:, -1, :1], output[:, 0, 1:]], dim=1)))
#> True
