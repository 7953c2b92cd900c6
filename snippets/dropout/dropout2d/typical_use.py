import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Conv2d(3, 16, 3, padding=1), nn.ReLU(), nn.Dropout2d(p=0.2), nn.Conv2d(16, 8, 3, padding=1))
images = torch.randn(4, 3, 32, 32)  # (N, C, H, W)
model.train()  # training: about 20% of the 4 * 16 feature maps are zeroed as a whole
print(model(images).shape, torch.equal(model(images), model(images)))
#> torch.Size([4, 8, 32, 32]) False
model.eval()  # evaluation: Dropout2d does nothing
print(torch.equal(model(images), model(images)))
#> True
