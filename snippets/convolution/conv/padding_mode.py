import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([[[1.0, 2.0, 3.0, 4.0, 5.0]]])
for mode in ["zeros", "reflect", "replicate", "circular"]:
    conv = nn.Conv1d(1, 1, kernel_size=3, padding=2, padding_mode=mode, bias=False)
    nn.init.ones_(conv.weight)  # sums of 3 neighbors
    padded = F.pad(x, (2, 2), mode="constant" if mode == "zeros" else mode)
    print(f"{mode:9}", padded[0, 0].tolist(), conv(x)[0, 0].tolist())
    #> zeros     [0.0, 0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 0.0, 0.0] [1.0, 3.0, 6.0, 9.0, 12.0, 9.0, 5.0]
    #> reflect   [3.0, 2.0, 1.0, 2.0, 3.0, 4.0, 5.0, 4.0, 3.0] [6.0, 5.0, 6.0, 9.0, 12.0, 13.0, 12.0]
    #> replicate [1.0, 1.0, 1.0, 2.0, 3.0, 4.0, 5.0, 5.0, 5.0] [3.0, 4.0, 6.0, 9.0, 12.0, 14.0, 15.0]
    #> circular  [4.0, 5.0, 1.0, 2.0, 3.0, 4.0, 5.0, 1.0, 2.0] [10.0, 8.0, 6.0, 9.0, 12.0, 10.0, 8.0]

# A non-zero padding_mode is F.pad followed by a convolution without padding
conv = nn.Conv1d(1, 1, kernel_size=3, padding=2, padding_mode="reflect")
same = F.conv1d(F.pad(x, (2, 2), mode="reflect"), conv.weight, conv.bias)
print(torch.allclose(conv(x), same))
#> True
