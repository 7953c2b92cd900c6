import torch
import torch.nn as nn

torch.manual_seed(0)
features = torch.randn(2, 8, 5, 5)  # (N, C, H, W)
# A squeeze-and-excitation gate as in MobileNetV3: one weight per sample and channel.
se = nn.Sequential(nn.AdaptiveAvgPool2d(1), nn.Conv2d(8, 2, 1), nn.ReLU(), nn.Conv2d(2, 8, 1), nn.Hardsigmoid())
gate = se(features)
out = features * gate
print(features.shape, gate.shape, out.shape)
#> torch.Size([2, 8, 5, 5]) torch.Size([2, 8, 1, 1]) torch.Size([2, 8, 5, 5])
print(gate.min().item() >= 0, gate.max().item() <= 1)  # every gate lies in [0, 1]
#> True True
