import torch
import torch.nn as nn

torch.manual_seed(0)
rnn = nn.RNN(input_size=3, hidden_size=2, bidirectional=True, batch_first=True)
x = torch.randn(3, 5, 3)                   # N=3 sequences
output, h_n = rnn(x)                       # h_n: (2, 3, 2), directions first, then the batch

wrong = h_n.view(3, -1)                    # runs without an error, but mixes the samples
right = h_n.permute(1, 0, 2).reshape(3, -1)  # batch first, then flatten: [forward, backward] per sample
print(torch.allclose(right, torch.cat([h_n[0], h_n[1]], dim=1)))
#> True
print(torch.allclose(wrong[0], torch.cat([h_n[0, 0], h_n[1, 0]])))  # row 0 should be sample 0's states
#> False
print(torch.allclose(wrong[0], h_n[0, :2].flatten()))               # it is the forward states of samples 0 and 1
#> True
