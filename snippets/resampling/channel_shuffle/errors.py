import torch
import torch.nn.functional as F

for call in [
    lambda: F.channel_shuffle(torch.zeros(1, 6, 4, 4), 4),  # 6 channels, 4 groups
    lambda: F.channel_shuffle(torch.zeros(1, 6, 4, 4), 0),
    lambda: F.channel_shuffle(torch.zeros(8, 6), 3),        # (N, C) has no spatial dimension
]:
    try:
        call()
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
        #> RuntimeError: Number of channels must be divisible by groups. Got 6 channels and 4 groups.
        #> RuntimeError: Number of groups to divide channels in must be positive. Value of groups:0
        #> RuntimeError: channel_shuffle expects input with > 2 dims, but got input with sizes [8, 6]
