import torch
import torch.nn as nn

lstm = nn.LSTM(input_size=1, hidden_size=1, batch_first=True, bidirectional=True, dtype=torch.float64)
with torch.no_grad():
    for name, p in lstm.named_parameters():
        p.fill_(0.2 if name.endswith("reverse") else 0.5)
x = torch.tensor([[[1.0], [2.0], [3.0]]], dtype=torch.float64)  # (N=1, L=3, H_in=1)
with torch.no_grad():
    output, (h_n, c_n) = lstm(x)
print(output.shape, h_n.shape, c_n.shape)  # batch-first output; h_n and c_n: (D*num_layers, N, H)
#> torch.Size([1, 3, 2]) torch.Size([2, 1, 1]) torch.Size([2, 1, 1])
print(output[0])                           # one row per step: [forward, backward]
#> tensor([[0.5144, 0.5084],
#>         [0.8281, 0.5016],
#>         [0.9336, 0.3696]], dtype=torch.float64)
print(h_n[:, 0].flatten())                 # [forward final, backward final]
#> tensor([0.9336, 0.5084], dtype=torch.float64)
print(output[:, -1, 1], output[:, 0, 1])   # the backward final state is in the first step
#> tensor([0.3696], dtype=torch.float64) tensor([0.5084], dtype=torch.float64)
