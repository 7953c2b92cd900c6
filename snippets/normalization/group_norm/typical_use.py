import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Conv2d(3, 32, kernel_size=3, padding=1), nn.GroupNorm(8, 32), nn.ReLU())
images = torch.randn(2, 3, 64, 64)  # a small batch, as in detection or segmentation training
out = model(images)  # 8 groups of 4 channels, statistics per sample and group
print(out.shape, model[1].weight.shape)
#> torch.Size([2, 32, 64, 64]) torch.Size([32])
# No running statistics: a sample gives the same output alone, in a batch, in train or eval mode.
print(torch.allclose(model(images[:1]), out[:1], atol=1e-5), torch.allclose(model.eval()(images), out))
#> True True
