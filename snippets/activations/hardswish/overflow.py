import torch
import torch.nn.functional as F

# PyTorch computes x * min(max(x + 3, 0), 6) / 6: the product x * 6 overflows first.
x = torch.tensor([1e37, 1e38, 3e38])
print(F.hardswish(x))
#> tensor([1.0000e+37,        inf,        inf])
print(F.hardswish(torch.tensor([5.6e37, 5.7e37])))  # the limit: float32 max / 6 = 5.67e37
#> tensor([5.6000e+37,        inf])
print(x * F.hardsigmoid(x))  # dividing first stays finite
#> tensor([1.0000e+37, 1.0000e+38, 3.0000e+38])
print(F.hardswish(x.double()))  # fine in float64 ...
#> tensor([1.0000e+37, 1.0000e+38, 3.0000e+38], dtype=torch.float64)
big = torch.tensor([2.9e307, 3.1e307], dtype=torch.float64)
print(F.hardswish(big))  # ... up to the float64 maximum / 6, about 3e307
#> tensor([2.9000e+307,         inf], dtype=torch.float64)
