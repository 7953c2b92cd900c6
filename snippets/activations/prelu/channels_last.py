import torch
import torch.nn as nn

torch.manual_seed(0)
m = nn.PReLU(4)  # meant for 4 features in the LAST dimension
x = torch.randn(8, 10, 4)  # (batch, sequence, features)
try:
    m(x)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: Mismatch of parameter numbers and input channel size. Found parameter numbers = 4 and channel size = 10.

# Move the features to dim 1 and back.
print(m(x.transpose(1, 2)).transpose(1, 2).shape)
#> torch.Size([8, 10, 4])

# Worse: when dim 1 happens to have the same size, nothing fails, the slopes just go to the wrong axis.
m3 = nn.PReLU(3)
with torch.no_grad():
    m3.weight.copy_(torch.tensor([0.1, 0.5, 1.0]))
x = -torch.ones(1, 3, 3)  # (batch, sequence=3, features=3)
print(m3(x)[0].detach())  # rows = sequence positions got the slopes, not the feature columns
#> tensor([[-0.1000, -0.1000, -0.1000],
#>         [-0.5000, -0.5000, -0.5000],
#>         [-1.0000, -1.0000, -1.0000]])
