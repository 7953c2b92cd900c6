import torch
import torch.nn.functional as F

# With 5 or more dimensions the implementation reshapes with .view(), which fails on
# some non-contiguous inputs; 3-D and 4-D inputs are fine.
x = torch.randn(1, 4, 2, 3, 5).transpose(3, 4)
try:
    F.local_response_norm(x, size=2)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
print(F.local_response_norm(x.contiguous(), size=2).shape)
#> torch.Size([1, 4, 2, 5, 3])
