import torch
import torch.nn.functional as F

image = torch.zeros(2, 3, 8, 8)
for call in [
    lambda: F.grid_sample(image, torch.zeros(2, 4, 4, 3), align_corners=False),   # (x, y, z) for a 2-D image
    lambda: F.grid_sample(image, torch.zeros(1, 4, 4, 2), align_corners=False),   # one grid for two images
    lambda: F.grid_sample(image[None], torch.zeros(1, 2, 4, 4, 3), mode="bicubic", align_corners=False),
    lambda: F.affine_grid(torch.zeros(2, 3, 3), [2, 3, 8, 8], align_corners=False),  # a 3x3 matrix
]:
    try:
        call()
    except (RuntimeError, ValueError) as error:
        print(f"{type(error).__name__}: {error}")
        #> RuntimeError: grid_sampler(): expected grid to have size 2 in last dimension, but got grid with sizes [2, 4, 4, 3]
        #> RuntimeError: grid_sampler(): expected grid and input to have same batch size, but got input with sizes [2, 3, 8, 8] and grid with sizes [1, 4, 4, 2]
        #> RuntimeError: grid_sampler(): bicubic interpolation only supports 4D input
        #> ValueError: Expected a batch of 2D affine matrices of shape Nx2x3 for size [2, 3, 8, 8]. Got torch.Size([2, 3, 3]).
