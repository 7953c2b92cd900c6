import torch
import torch.nn.functional as F
import torch.nn as nn

heatmap = torch.tensor([[[[0.0, 1.0], [2.0, 3.0]]]])  # (N=1, C=1, H=2, W=2)
# Softmax2d normalizes over channels: with one channel every output is 1.
print(nn.Softmax2d()(heatmap))
#> tensor([[[[1., 1.],
#>           [1., 1.]]]])
# A "spatial softmax" (a distribution over the H x W positions, as for keypoint heatmaps)
# is softmax over the flattened spatial dims instead.
spatial = F.softmax(heatmap.flatten(-2), dim=-1).reshape(heatmap.shape)
print(spatial)
#> tensor([[[[0.0321, 0.0871],
#>           [0.2369, 0.6439]]]])
