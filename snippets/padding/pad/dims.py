import torch
import torch.nn.functional as F

# constant padding works on any rank, and on any number of trailing dimensions
print(F.pad(torch.zeros(5), (1, 1)).shape, F.pad(torch.zeros(2, 3, 4, 5, 6), (1, 1) * 4).shape)
#> torch.Size([7]) torch.Size([2, 5, 6, 7, 8])
# the other modes pad the last 1, 2 or 3 dimensions of an input with a channel (and a batch) dimension
print(F.pad(torch.zeros(3, 5), (1, 1), mode="reflect").shape)  # (C, W)
#> torch.Size([3, 7])
print(F.pad(torch.zeros(2, 3, 4, 5), (1, 1, 1, 1), mode="reflect").shape)  # (N, C, H, W)
#> torch.Size([2, 3, 6, 7])
try:
    F.pad(torch.zeros(5), (1, 1), mode="reflect")  # a 1-D tensor has no channel dimension
except NotImplementedError as error:
    print(error)
    #> Padding size 2 is not supported for 1D input tensor.
    #> Supported combinations for non-constant padding:
    #>   - 2D or 3D input: padding size = 2 (pads last dimension)
    #>   - 3D or 4D input: padding size = 4 (pads last 2 dimensions)
    #>   - 4D or 5D input: padding size = 6 (pads last 3 dimensions)
