import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
discriminator = nn.Sequential(nn.Linear(4, 8), nn.LeakyReLU(0.2), nn.Linear(8, 1))
x = torch.randn(16, 4)                                  # a batch of 16 samples
pre = discriminator[0](x)
hidden = discriminator[1](pre)                          # 0.2 * x where x <= 0
score = discriminator(x)
print(x.shape, hidden.shape, score.shape)
#> torch.Size([16, 4]) torch.Size([16, 8]) torch.Size([16, 1])
print(torch.equal(hidden, F.leaky_relu(pre, 0.2)))      # the functional form, same slope
#> True
