import torch
import torch.nn as nn

x = torch.tensor([1.0, -2.0, 3.0, 0.0, 2.0, -1.0])
# The last dimension (size 6) is split into a = x[:3] (values) and b = x[3:] (gates).
print(nn.GLU()(x))
#> tensor([ 0.5000, -1.7616,  0.8068])
a, b = x[:3], x[3:]
print(a * torch.sigmoid(b))
#> tensor([ 0.5000, -1.7616,  0.8068])
