import torch
import torch.nn as nn

# Neither nn.Sigmoid nor F.sigmoid takes inplace; the in-place form is Tensor.sigmoid_().
try:
    nn.Sigmoid(inplace=True)
except TypeError as error:
    print(f"TypeError: {error}")
    #> TypeError: Sigmoid.__init__() got an unexpected keyword argument 'inplace'

x = torch.tensor([-1.0, 0.0, 2.0])
y = x.sigmoid_()
print(y is x, x)
#> True tensor([0.2689, 0.5000, 0.8808])
