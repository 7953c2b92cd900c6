import torch
import torch.nn as nn

torch.manual_seed(0)
head = nn.Sequential(nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(64, 10))  # global average pooling
for size in [(32, 32), (45, 57)]:  # any spatial size gives (N, 64, 1, 1), then (N, 10)
    features = torch.randn(4, 64, *size)
    print(tuple(features.shape), "->", tuple(head(features).shape))
    #> (4, 64, 32, 32) -> (4, 10)
    #> (4, 64, 45, 57) -> (4, 10)
