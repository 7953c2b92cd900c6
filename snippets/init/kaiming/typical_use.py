import torch
import torch.nn as nn

model = nn.Sequential(nn.Conv2d(3, 16, 3, padding=1), nn.ReLU(), nn.Conv2d(16, 32, 3, padding=1), nn.ReLU())
for module in model.modules():
    if isinstance(module, nn.Conv2d):
        nn.init.kaiming_normal_(module.weight, mode="fan_out", nonlinearity="relu")  # as torchvision's ResNet
        nn.init.zeros_(module.bias)
print(model(torch.randn(2, 3, 8, 8)).shape, model[2].weight.shape)
#> torch.Size([2, 32, 8, 8]) torch.Size([32, 16, 3, 3])
