import torch
import torch.nn.functional as F

gray = torch.zeros(8, 28, 28)  # 8 grayscale images without a channel dimension
print(F.unfold(gray, kernel_size=3).shape)  # read as ONE image with 8 channels
#> torch.Size([72, 676])
print(F.unfold(gray.unsqueeze(1), kernel_size=3).shape)  # (N, 1, H, W): 8 images
#> torch.Size([8, 9, 676])

try:
    F.unfold(torch.zeros(2, 3, 4, 16, 16), kernel_size=3)  # 5-D: video or volumes
except RuntimeError as e:
    print(type(e).__name__, e)
    #> RuntimeError Expected 3D or 4D (batch mode) tensor with possibly 0 batch size and other non-zero dimensions for input, but got: [2, 3, 4, 16, 16]
