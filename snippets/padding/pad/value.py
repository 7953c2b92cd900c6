import torch
import torch.nn.functional as F

x = torch.tensor([[[1.0, 2.0, 3.0]]])
try:
    F.pad(x, (1, 1), mode="reflect", value=1.0)  # value belongs to mode="constant"
except RuntimeError as error:
    print(error)
    #> Padding mode "reflect" doesn't take in value argument
print(F.pad(x, (1, 1), mode="reflect", value=0.0))  # value 0 is accepted, and ignored
#> tensor([[[2., 1., 2., 3., 2.]]])
# The value takes the input's dtype: 0.5 becomes 0 in an integer tensor.
print(F.pad(torch.tensor([1, 2, 3]), (1, 1), value=0.5))
#> tensor([0, 1, 2, 3, 0])
