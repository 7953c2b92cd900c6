# snippet-devices: cpu  (the printed mask comes from the CPU generator; the CUDA generator draws a different mask)
import torch
import torch.nn as nn

x = torch.arange(1.0, 11.0)
m = nn.Dropout(p=0.4)  # a new module is in training mode
torch.manual_seed(0)
print(m(x))  # about 40% zeros; the survivors are multiplied by 1 / (1 - 0.4)
#> tensor([ 0.0000,  0.0000,  5.0000,  0.0000,  0.0000,  0.0000, 11.6667, 13.3333,
#>         15.0000, 16.6667])
m.eval()
print(m(x))  # evaluation: the input, untouched
#> tensor([ 1.,  2.,  3.,  4.,  5.,  6.,  7.,  8.,  9., 10.])
