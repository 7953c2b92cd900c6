import torch
import torch.nn.functional as F

image = torch.zeros(3, 32, 32)  # one RGB image without its batch dimension
print(F.interpolate(image, scale_factor=2).shape)              # read as (N, C, L): only the width grows
#> torch.Size([3, 32, 64])
print(F.interpolate(image[None], scale_factor=2)[0].shape)     # add the batch dimension, then remove it
#> torch.Size([3, 64, 64])
