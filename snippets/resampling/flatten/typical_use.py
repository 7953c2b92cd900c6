import torch
import torch.nn as nn

torch.manual_seed(0)
images = torch.randn(4, 3, 32, 32)
classifier = nn.Sequential(
    nn.Conv2d(3, 8, kernel_size=3, padding=1), nn.ReLU(), nn.MaxPool2d(2),  # (4, 8, 16, 16)
    nn.Flatten(),                                                          # (4, 8 * 16 * 16)
    nn.Linear(8 * 16 * 16, 10),
)
print(classifier(images).shape)
#> torch.Size([4, 10])
decoder = nn.Sequential(nn.Linear(10, 8 * 4 * 4), nn.Unflatten(1, (8, 4, 4)))  # a vector back to a map
print(decoder(torch.randn(4, 10)).shape)
#> torch.Size([4, 8, 4, 4])
