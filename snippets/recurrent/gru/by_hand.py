import math

import torch
import torch.nn as nn

gru = nn.GRU(input_size=1, hidden_size=1, dtype=torch.float64)
with torch.no_grad():
    gru.weight_ih_l0.copy_(torch.tensor([[0.1], [0.2], [0.3]]))  # rows: r, z, n
    gru.weight_hh_l0.copy_(torch.tensor([[0.4], [0.5], [0.6]]))
    gru.bias_ih_l0.zero_()
    gru.bias_hh_l0.copy_(torch.tensor([0.0, 0.0, 1.0]))         # b_hn = 1
    output, h_n = gru(torch.tensor([[1.0], [2.0]], dtype=torch.float64))
print([round(v, 4) for v in output.flatten().tolist()])
#> [0.3051, 0.5071]


def sigmoid(v):
    return 1 / (1 + math.exp(-v))


def by_hand(b_hn_inside):
    h, outputs = 0.0, []
    for x in (1.0, 2.0):
        r = sigmoid(0.1 * x + 0.4 * h)
        z = sigmoid(0.2 * x + 0.5 * h)
        if b_hn_inside:   # PyTorch: n = tanh(W_in x + b_in + r * (W_hn h + b_hn))
            n = math.tanh(0.3 * x + r * (0.6 * h + 1.0))
        else:             # the other common form: the reset gate does not touch b_hn
            n = math.tanh(0.3 * x + r * 0.6 * h + 1.0)
        h = (1 - z) * n + z * h
        outputs.append(round(h, 4))
    return outputs


print(by_hand(b_hn_inside=True))
#> [0.3051, 0.5071]
print(by_hand(b_hn_inside=False))
#> [0.3879, 0.5843]
