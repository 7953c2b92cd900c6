import torch

x = torch.arange(12).view(1, 2, 2, 3)  # (N, C, H, W)
print(x.flatten(1))                    # channel 0 first, then channel 1: row after row
#> tensor([[ 0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11]])
print(x.permute(0, 2, 3, 1).flatten(1))  # the same values in (N, H, W, C): the channels interleave
#> tensor([[ 0,  6,  1,  7,  2,  8,  3,  9,  4, 10,  5, 11]])
