import torch
import torch.nn as nn

shuffle = nn.PixelShuffle(2)
print(shuffle(torch.zeros(8, 4, 4)).shape)           # unbatched (C, H, W)
#> torch.Size([2, 8, 8])
print(shuffle(torch.zeros(2, 5, 8, 4, 4)).shape)     # any leading dimensions
#> torch.Size([2, 5, 2, 8, 8])
print(shuffle(torch.zeros(1, 4, 3, 5)).shape)        # odd sizes are fine
#> torch.Size([1, 1, 6, 10])
