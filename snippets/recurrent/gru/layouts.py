import torch
import torch.nn as nn

gru = nn.GRU(input_size=1, hidden_size=1, batch_first=True, bidirectional=True, dtype=torch.float64)
with torch.no_grad():
    for name, p in gru.named_parameters():
        p.fill_(0.2 if name.endswith("reverse") else 0.5)
x = torch.tensor([[[1.0], [2.0], [3.0]]], dtype=torch.float64)  # (N=1, L=3, H_in=1)
with torch.no_grad():
    output, h_n = gru(x)
print(output.shape, h_n.shape)             # batch-first output; h_n: (D*num_layers, N, H)
#> torch.Size([1, 3, 2]) torch.Size([2, 1, 1])
print(output[0])                           # one row per step: [forward, backward]
#> tensor([[0.1619, 0.3966],
#>         [0.2510, 0.3333],
#>         [0.3008, 0.1985]], dtype=torch.float64)
print(h_n[:, 0].flatten())                 # [forward final, backward final]
#> tensor([0.3008, 0.3966], dtype=torch.float64)
print(output[:, -1, 1], output[:, 0, 1])   # the backward final state is in the first step
#> tensor([0.1985], dtype=torch.float64) tensor([0.3966], dtype=torch.float64)
