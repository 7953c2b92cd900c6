import torch
import torch.nn as nn

torch.manual_seed(0)
# A self-normalizing network: SELU, LeCun normal initialization, AlphaDropout instead of Dropout.
model = nn.Sequential(nn.Linear(16, 64), nn.SELU(), nn.AlphaDropout(p=0.1), nn.Linear(64, 2))
nn.init.kaiming_normal_(model[0].weight, nonlinearity="linear")  # LeCun normal: N(0, 1 / fan_in)
x = torch.randn(32, 16)                    # a batch of 32 samples
hidden = model[:2](x)                      # the output of SELU: same shape as its input
print(hidden.shape, model(x).shape)
#> torch.Size([32, 64]) torch.Size([32, 2])
print(hidden.min() > -1.7581)              # SELU never goes below -scale * alpha
#> tensor(True)
