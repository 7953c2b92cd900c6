import torch
import torch.nn as nn

torch.manual_seed(0)
# The first block of AlexNet: conv, ReLU, LRN across channels, max pooling.
model = nn.Sequential(nn.Conv2d(3, 96, kernel_size=11, stride=4), nn.ReLU(),
                      nn.LocalResponseNorm(size=5, alpha=5e-4, beta=0.75, k=2.0),  # the paper's alpha=1e-4, times size
                      nn.MaxPool2d(kernel_size=3, stride=2))
images = torch.randn(2, 3, 227, 227)  # a batch of 2 RGB images
print(model[:3](images).shape, model(images).shape)  # LRN keeps the shape
#> torch.Size([2, 96, 55, 55]) torch.Size([2, 96, 27, 27])
print(list(model[2].parameters()), list(model[2].buffers()))  # nothing to learn, nothing to track
#> [] []
