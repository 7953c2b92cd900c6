import torch
import torch.nn as nn

torch.manual_seed(0)
gru = nn.GRU(input_size=3, hidden_size=4, num_layers=2, bidirectional=True, dtype=torch.float64)
x = torch.randn(7, 3, dtype=torch.float64)  # one sequence (L=7, H_in=3)
h_0 = torch.zeros(4, 4, dtype=torch.float64)  # (D*num_layers, H): no batch dimension either
output, h_n = gru(x, h_0)
print(output.shape, h_n.shape)
#> torch.Size([7, 8]) torch.Size([4, 4])

batched_output, batched_h_n = gru(x.unsqueeze(1), h_0.unsqueeze(1))  # a batch of one
print(torch.allclose(output, batched_output[:, 0]), torch.allclose(h_n, batched_h_n[:, 0]))
#> True True
