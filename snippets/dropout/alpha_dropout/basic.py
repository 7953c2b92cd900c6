# snippet-devices: cpu  (the printed mask comes from the CPU generator; the CUDA generator draws a different mask)
import torch
import torch.nn as nn

x = torch.tensor([-1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0, 2.5])
m = nn.AlphaDropout(p=0.5)  # training mode
torch.manual_seed(0)
# Kept: 0.8864 * x + 0.7792; dropped: -0.7792 (not 0).
print(m(x))
#> tensor([-0.7792, -0.7792,  0.7792, -0.7792, -0.7792, -0.7792,  2.5520,  2.9952])
m.eval()
print(m(x) is x)  # evaluation: the input itself
#> True
