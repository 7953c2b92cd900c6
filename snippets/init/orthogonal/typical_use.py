import torch
import torch.nn as nn

rnn = nn.RNN(input_size=8, hidden_size=16, batch_first=True)
nn.init.orthogonal_(rnn.weight_hh_l0)  # the hidden-to-hidden matrix, applied at every time step
nn.init.zeros_(rnn.bias_hh_l0)
out, h = rnn(torch.randn(4, 10, 8))
w = rnn.weight_hh_l0.detach()
print(out.shape, torch.allclose(w @ w.T, torch.eye(16), atol=1e-4))
#> torch.Size([4, 10, 16]) True
