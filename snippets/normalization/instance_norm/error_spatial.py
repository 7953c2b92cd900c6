import torch
import torch.nn as nn

pooled = torch.ones(8, 16, 1, 1)  # e.g. after global average pooling: one value per (sample, channel)
m = nn.InstanceNorm2d(16).eval()  # eval mode does not help: the statistics still come from the input
try:
    m(pooled)
except ValueError as error:
    print(f"ValueError: {error}")
    #> ValueError: Expected more than 1 spatial element when training, got input size torch.Size([8, 16, 1, 1])
