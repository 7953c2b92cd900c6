import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Conv2d(3, 16, kernel_size=3, padding=1), nn.InstanceNorm2d(16, affine=True), nn.ReLU())
images = torch.randn(4, 3, 64, 64)  # a batch of 4 RGB images, (N, C, H, W)
out = model(images)  # statistics per image and per channel, over H and W
print(out.shape, model[1].weight.shape, model[1].running_mean)  # no running statistics by default
#> torch.Size([4, 16, 64, 64]) torch.Size([16]) None
# Every (image, channel) map leaves the normalization with mean 0 over its 64 x 64 positions.
print(torch.allclose(model[1](model[0](images)).mean(dim=(2, 3)), torch.zeros(4, 16), atol=1e-5))
#> True
