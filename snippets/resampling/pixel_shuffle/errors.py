import torch
import torch.nn.functional as F

for call in [
    lambda: F.pixel_shuffle(torch.zeros(1, 6, 4, 4), 2),    # 6 channels, r^2 = 4
    lambda: F.pixel_unshuffle(torch.zeros(1, 3, 5, 4), 2),  # height 5, r = 2
    lambda: F.pixel_shuffle(torch.zeros(16, 4), 2),         # no channel dimension
]:
    try:
        call()
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
        #> RuntimeError: pixel_shuffle expects its input's 'channel' dimension to be divisible by the square of upscale_factor, but input.size(-3)=6 is not divisible by 4
        #> RuntimeError: pixel_unshuffle expects height to be divisible by downscale_factor, but input.size(-2)=5 is not divisible by 2
        #> RuntimeError: pixel_shuffle expects input to have at least 3 dimensions, but got input with 2 dimension(s)
