import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.PReLU(num_parameters=8))  # one slope per channel
images = torch.randn(2, 3, 16, 16)  # a batch of 2 RGB images
out = model(images)
out.mean().backward()
prelu = model[1]
print(images.shape, out.shape)
#> torch.Size([2, 3, 16, 16]) torch.Size([2, 8, 16, 16])
print(prelu.weight.shape, prelu.weight.grad.shape)  # the 8 slopes are learned like any weight
#> torch.Size([8]) torch.Size([8])
