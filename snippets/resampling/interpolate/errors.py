import torch
import torch.nn.functional as F

image = torch.zeros(1, 3, 8, 8)  # (N, C, H, W)
calls = [
    lambda: F.interpolate(image, scale_factor=2, mode="linear"),            # linear is for (N, C, L)
    lambda: F.interpolate(image[0, 0], scale_factor=2),                     # a 2-D input
    lambda: F.interpolate(image, scale_factor=2, align_corners=True),       # nearest has no corners to align
    lambda: F.interpolate(image, size=(16, 16), scale_factor=2),            # both
    lambda: F.interpolate(image, size=16, mode="bilinear", recompute_scale_factor=True),
    lambda: F.interpolate(image[0], size=4, mode="bilinear", antialias=True),
]
for call in calls:
    try:
        call()
    except (ValueError, NotImplementedError) as error:
        print(f"{type(error).__name__}: {error}")
        #> NotImplementedError: Got 4D input, but linear mode needs 3D input
        #> NotImplementedError: Input Error: Only 3D, 4D and 5D input Tensors supported (got 2D) for the modes: nearest | linear | bilinear | bicubic | trilinear | lanczos | area | nearest-exact (got nearest)
        #> ValueError: align_corners option can only be set with the interpolating modes: linear | bilinear | bicubic | trilinear
        #> ValueError: only one of size or scale_factor should be defined
        #> ValueError: recompute_scale_factor is not meaningful with an explicit size.
        #> ValueError: Anti-alias option is restricted to bilinear, bicubic, and lanczos modes and requires a 4-D tensor as input
