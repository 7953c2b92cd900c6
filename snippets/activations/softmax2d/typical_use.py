import torch
import torch.nn as nn

torch.manual_seed(0)
# A tiny segmentation model: 3 input channels, 4 classes, one score per class and pixel.
head = nn.Conv2d(3, 4, kernel_size=1)
images = torch.randn(2, 3, 8, 8)               # (N, C_in, H, W)
with torch.no_grad():                          # inference: per-pixel class probabilities
    probs = nn.Softmax2d()(head(images))       # softmax over the 4 class channels
mask = probs.argmax(dim=1)                     # the predicted class of every pixel
print(probs.shape, mask.shape)
#> torch.Size([2, 4, 8, 8]) torch.Size([2, 8, 8])
print(torch.allclose(probs.sum(dim=1), torch.ones(2, 8, 8)))  # 1 at every pixel
#> True
