import torch
import torch.nn.functional as F


def channel_shuffle(input, groups):
    if input.dim() <= 2:
        raise RuntimeError(f"channel_shuffle expects input with > 2 dims, but got input with sizes {list(input.shape)}")
    if groups <= 0:
        raise RuntimeError(f"Number of groups to divide channels in must be positive. Value of groups:{groups}")
    n, c, *rest = input.shape
    if c % groups != 0:
        raise RuntimeError(f"Number of channels must be divisible by groups. Got {c} channels and {groups} groups.")
    # read the channels as a (groups, c // groups) table and transpose it:
    # channel g * (c // groups) + k moves to position k * groups + g
    x = input.reshape(n, groups, c // groups, *rest)
    return x.transpose(1, 2).reshape(n, c, *rest)


# The example of the page: 6 channels in 2 groups (0 1 2 | 3 4 5), one value each.
x = torch.arange(6.0).reshape(1, 6, 1, 1)
print(channel_shuffle(x, 2).flatten(), F.channel_shuffle(x, 2).flatten())
#> tensor([0., 3., 1., 4., 2., 5.]) tensor([0., 3., 1., 4., 2., 5.])
print(channel_shuffle(x, 3).flatten(), F.channel_shuffle(x, 3).flatten())
#> tensor([0., 2., 4., 1., 3., 5.]) tensor([0., 2., 4., 1., 3., 5.])
