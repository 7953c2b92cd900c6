import torch
import torch.nn as nn

# The distance of a (3, 4) integer tensor to itself.
pdist = nn.PairwiseDistance(2)
input1 = torch.arange(12).reshape(3, 4)
input2 = torch.arange(12).reshape(3, 4)
output = pdist(input1, input2)
print(output, output.dtype)  # not 0: eps = 1e-6 is added to each of the D = 4 differences
#> tensor([2.0000e-06, 2.0000e-06, 2.0000e-06]) torch.float32
print(1e-6 * 4**0.5)  # eps * sqrt(D)
#> 2e-06
# One distance per row: shape (N,), not (N, 1); keepdim=True gives (N, 1).
print(output.shape, nn.PairwiseDistance(2, keepdim=True)(input1, input2).shape)
#> torch.Size([3]) torch.Size([3, 1])
