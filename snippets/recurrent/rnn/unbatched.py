import torch
import torch.nn as nn

torch.manual_seed(0)
rnn = nn.RNN(input_size=3, hidden_size=4, num_layers=2, bidirectional=True, dtype=torch.float64)
x = torch.randn(7, 3, dtype=torch.float64)  # one sequence (L=7, H_in=3), no batch dimension
output, h_n = rnn(x)
print(output.shape, h_n.shape)             # (L, D*H) and (D*num_layers, H)
#> torch.Size([7, 8]) torch.Size([4, 4])

batched_output, batched_h_n = rnn(x.unsqueeze(1))  # the same sequence as a batch of one
print(torch.allclose(output, batched_output[:, 0]), torch.allclose(h_n, batched_h_n[:, 0]))
#> True True
