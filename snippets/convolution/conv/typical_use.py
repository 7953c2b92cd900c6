import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Conv2d(3, 16, kernel_size=3, padding=1), nn.ReLU(),  # 16 channels, keeps 32x32
                      nn.Conv2d(16, 32, kernel_size=3, stride=2, padding=1))  # 32 channels, halves to 16x16
images = torch.randn(8, 3, 32, 32)  # a batch of 8 RGB images
features = model(images)
features.mean().backward()
print(images.shape, features.shape)
#> torch.Size([8, 3, 32, 32]) torch.Size([8, 32, 16, 16])
print(model[0].weight.shape, model[0].bias.shape, model[2].weight.grad.shape)
#> torch.Size([16, 3, 3, 3]) torch.Size([16]) torch.Size([32, 16, 3, 3])
