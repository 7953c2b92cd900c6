import math

import torch
import torch.nn as nn

w_ih = [0.1, 0.2, 0.3, 0.4]                # the 4 rows of weight_ih_l0, one per gate
w_hh = [0.5, 0.6, 0.7, 0.8]                # the 4 rows of weight_hh_l0
lstm = nn.LSTM(input_size=1, hidden_size=1, bias=False, dtype=torch.float64)
with torch.no_grad():
    lstm.weight_ih_l0.copy_(torch.tensor(w_ih, dtype=torch.float64).reshape(4, 1))
    lstm.weight_hh_l0.copy_(torch.tensor(w_hh, dtype=torch.float64).reshape(4, 1))
    output, (h_n, c_n) = lstm(torch.tensor([[1.0], [2.0]], dtype=torch.float64))
print([round(v, 4) for v in output.flatten().tolist()], round(c_n.item(), 4))
#> [0.0909, 0.2796] 0.4194


def sigmoid(v):
    return 1 / (1 + math.exp(-v))


def by_hand(order):
    """Two steps of the LSTM, reading the rows of the weights as the gates named in `order`."""
    h = c = 0.0
    outputs = []
    for x in (1.0, 2.0):
        pre = {gate: w_ih[k] * x + w_hh[k] * h for k, gate in enumerate(order)}
        i, f, g, o = sigmoid(pre["i"]), sigmoid(pre["f"]), math.tanh(pre["g"]), sigmoid(pre["o"])
        c = f * c + i * g
        h = o * math.tanh(c)
        outputs.append(round(h, 4))
    return outputs, round(c, 4)


print(by_hand("ifgo"))                     # PyTorch's order: input, forget, cell candidate, output
#> ([0.0909, 0.2796], 0.4194)
print(by_hand("ifog"))                     # another order reads the same weights as a different model
#> ([0.1131, 0.3189], 0.5239)
