import torch
import torch.nn as nn

print(nn.ConvTranspose1d(16, 8, kernel_size=4, stride=4)(torch.zeros(2, 16, 50)).shape)
#> torch.Size([2, 8, 200])
print(nn.ConvTranspose2d(16, 8, kernel_size=2, stride=2)(torch.zeros(2, 16, 7, 7)).shape)
#> torch.Size([2, 8, 14, 14])
print(nn.ConvTranspose3d(16, 8, kernel_size=(1, 4, 4), stride=(1, 2, 2), padding=(0, 1, 1))(torch.zeros(2, 16, 4, 7, 7)).shape)
#> torch.Size([2, 8, 4, 14, 14])
print(nn.ConvTranspose2d(16, 8, kernel_size=2, stride=2)(torch.zeros(16, 7, 7)).shape)  # unbatched
#> torch.Size([8, 14, 14])

# weight: (C_in, C_out / groups, *kernel_size)
print(nn.ConvTranspose2d(4, 6, kernel_size=3, groups=2).weight.shape)
#> torch.Size([4, 3, 3, 3])
