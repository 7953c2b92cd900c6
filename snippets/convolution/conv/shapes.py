import torch
import torch.nn as nn

audio = torch.zeros(4, 2, 1000)         # (N, C, L): 4 stereo clips
images = torch.zeros(4, 3, 28, 28)      # (N, C, H, W)
video = torch.zeros(4, 3, 8, 28, 28)    # (N, C, D, H, W): 8 frames
print(nn.Conv1d(2, 16, kernel_size=9, stride=4)(audio).shape)
#> torch.Size([4, 16, 248])
print(nn.Conv2d(3, 16, kernel_size=(3, 5))(images).shape)
#> torch.Size([4, 16, 26, 24])
print(nn.Conv3d(3, 16, kernel_size=(3, 3, 3), padding=1)(video).shape)
#> torch.Size([4, 16, 8, 28, 28])

# Without the batch dimension, (C, ...) in gives (C_out, ...) out
print(nn.Conv2d(3, 16, kernel_size=3)(images[0]).shape)
#> torch.Size([16, 26, 26])

# weight: (C_out, C_in / groups, *kernel_size); bias: (C_out,) or None
conv = nn.Conv3d(4, 8, kernel_size=(1, 3, 5), groups=2, bias=False)
print(conv.weight.shape, conv.bias)
#> torch.Size([8, 2, 1, 3, 5]) None
