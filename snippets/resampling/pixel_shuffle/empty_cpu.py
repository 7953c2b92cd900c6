# snippet-devices: cpu  (the CPU kernel returns an empty input unchanged)
import torch
import torch.nn.functional as F

empty = torch.zeros(0, 1, 4, 4)        # an empty batch
print(F.pixel_unshuffle(empty, 2).shape)  # should be (0, 4, 2, 2)
#> torch.Size([0, 1, 4, 4])
print(F.pixel_shuffle(torch.zeros(0, 4, 2, 2), 2).shape)
#> torch.Size([0, 1, 4, 4])
