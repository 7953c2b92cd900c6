# snippet-devices: cpu  (the printed mask comes from the CPU generator; the CUDA generator draws a different mask)
import torch
import torch.nn as nn

x = torch.ones(2, 3, 2, 2)  # (N, C, H, W): 2 samples, 3 channels of 2x2
torch.manual_seed(0)
y = nn.Dropout2d(p=0.5)(x)
print(y.flatten(2))  # one row per (sample, channel): all 0 or all 1 / (1 - p) = 2
#> tensor([[[0., 0., 0., 0.],
#>          [0., 0., 0., 0.],
#>          [2., 2., 2., 2.]],
#>
#>         [[0., 0., 0., 0.],
#>          [0., 0., 0., 0.],
#>          [0., 0., 0., 0.]]])
