import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([[-1.0, 2.0, -3.0], [4.0, -5.0, -6.0]])  # N=2, C=3
cases = {
    "4 slopes, 3 channels": lambda: F.prelu(x, torch.tensor([0.1, 0.2, 0.3, 0.4])),
    "2-D weight": lambda: F.prelu(x, torch.tensor([[0.1, 0.2, 0.3]])),
    "0-d input, 3 slopes": lambda: F.prelu(torch.tensor(-1.0), torch.tensor([0.1, 0.2, 0.3])),
    "float64 input, float32 weight": lambda: nn.PReLU(3)(x.double()),
}
for name, call in cases.items():
    try:
        call()
    except RuntimeError as error:
        print(f"{name} -> RuntimeError: {error}")
        #> 4 slopes, 3 channels -> RuntimeError: Mismatch of parameter numbers and input channel size. Found parameter numbers = 4 and channel size = 3.
        #> 2-D weight -> RuntimeError: prelu: Expected `weight` to be a scalar or 1D tensor, but got: ndim = 2
        #> 0-d input, 3 slopes -> RuntimeError: Not allow zero-dim input tensor.
        #> float64 input, float32 weight -> RuntimeError: prelu: Type promoting not supported. Got Double and Float
