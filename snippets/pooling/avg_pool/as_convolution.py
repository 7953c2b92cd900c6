import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randint(-4, 5, (2, 3, 6, 6)).float()  # small integers: exact sums on every device
kernel = torch.full((3, 1, 2, 2), 1 / 4)  # one 2 x 2 averaging filter per channel
as_conv = F.conv2d(x, kernel, stride=2, groups=3)  # depthwise: each channel on its own
print(torch.allclose(F.avg_pool2d(x, 2), as_conv))
#> True
