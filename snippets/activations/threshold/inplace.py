import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-1.0, 0.5, 2.0])
y = F.threshold(x, 0.5, -9.0, inplace=True)
print(x, y is x)  # the input itself was overwritten and returned
#> tensor([-9., -9.,  2.]) True
print(nn.Threshold(0.5, -9.0, inplace=True))
#> Threshold(threshold=0.5, value=-9.0, inplace=True)
try:
    F.threshold(torch.tensor([1.0], requires_grad=True), 0.5, 0.0, inplace=True)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
