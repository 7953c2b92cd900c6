import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.zeros(1, 1, 9, 9)
print(nn.Conv2d(1, 1, 3, padding="valid")(x).shape)  # no padding: 9 - 3 + 1
#> torch.Size([1, 1, 7, 7])
print(nn.Conv2d(1, 1, 3, padding="same")(x).shape)   # as many zeros as needed to keep 9x9
#> torch.Size([1, 1, 9, 9])
print(nn.Conv2d(1, 1, 3, padding=(0, 1))(x).shape)   # 0 rows above and below, 1 column on each side
#> torch.Size([1, 1, 7, 9])
print(nn.Conv2d(1, 1, 5, padding="same", dilation=2)(x).shape)  # 'same' accounts for the dilation
#> torch.Size([1, 1, 9, 9])

# An even kernel under 'same': the odd zero goes to the end (right, bottom).
# This kernel copies the second value of each window: the last window ends on the padded zero.
signal = torch.tensor([[[1.0, 2.0, 3.0, 4.0]]])
second = torch.tensor([[[0.0, 1.0]]])
print(F.conv1d(signal, second, padding="same"))
#> tensor([[[2., 3., 4., 0.]]])
