import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, kernel_size=3, padding=1)
        self.fc = nn.Linear(8 * 4 * 4, 10)

    def forward(self, x):
        return self.fc(torch.flatten(self.conv(x)))  # should be torch.flatten(..., 1)


net = Net()
try:
    net(torch.zeros(2, 3, 4, 4))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: mat1 and mat2 shapes cannot be multiplied (1x256 and 128x10)
print(net(torch.zeros(1, 3, 4, 4)).shape)  # a batch of 1 runs, but the batch dimension is gone
#> torch.Size([10])
