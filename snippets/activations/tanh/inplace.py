import torch
import torch.nn as nn

# Neither nn.Tanh nor F.tanh takes inplace; the in-place form is Tensor.tanh_().
try:
    nn.Tanh(inplace=True)
except TypeError as error:
    print(f"TypeError: {error}")
    #> TypeError: Tanh.__init__() got an unexpected keyword argument 'inplace'

x = torch.tensor([-1.0, 0.0, 2.0])
y = x.tanh_()
print(y is x, x)
#> True tensor([-0.7616,  0.0000,  0.9640])
