import torch
import torch.nn as nn

x = torch.tensor([[[1.0, 3.0], [5.0, 7.0], [2.0, 2.0], [6.0, 30.0]]])  # (N=1, C=4, L=2)
gn = nn.GroupNorm(num_groups=2, num_channels=4)  # channels 0-1 form group 0, channels 2-3 group 1
y = gn(x)
print(y)
#> tensor([[[-1.3416, -0.4472],
#>          [ 0.4472,  1.3416],
#>          [-0.6860, -0.6860],
#>          [-0.3430,  1.7150]]], grad_fn=<NativeGroupNormBackward0>)
# Group 0 holds the values 1, 3, 5, 7 (mean 4, biased variance 5); group 1 holds 2, 2, 6, 30.
group0 = torch.tensor([1.0, 3.0, 5.0, 7.0])
print((group0 - 4) / torch.sqrt(torch.tensor(5.0) + 1e-5))
#> tensor([-1.3416, -0.4472,  0.4472,  1.3416])
# The affine parameters are per channel, not per group.
print(gn.weight.shape, gn.bias.shape)
#> torch.Size([4]) torch.Size([4])
