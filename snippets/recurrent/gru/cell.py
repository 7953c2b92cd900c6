import torch
import torch.nn as nn

torch.manual_seed(0)
gru = nn.GRU(input_size=3, hidden_size=4, dtype=torch.float64)  # float64: the two paths agree on every device
cell = nn.GRUCell(input_size=3, hidden_size=4, dtype=torch.float64)
with torch.no_grad():                      # give the cell the layer's weights
    for name in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
        getattr(cell, name).copy_(getattr(gru, name + "_l0"))

x = torch.randn(6, 2, 3, dtype=torch.float64)  # (L=6, N=2, H_in=3)
h = torch.zeros(2, 4, dtype=torch.float64)
for x_t in x:
    h = cell(x_t, h)
output, h_n = gru(x)
print(h.shape)
#> torch.Size([2, 4])
print(torch.allclose(h, h_n[0]), torch.allclose(h, output[-1]))
#> True True
