import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([0.9038, 1.1409, -0.6492, 0.5056, 0.7463, -1.3049])
print(nn.LeakyReLU()(x))  # default negative_slope=0.01
#> tensor([ 0.9038,  1.1409, -0.0065,  0.5056,  0.7463, -0.0130])
print(F.leaky_relu(x, 0.2))  # the slope often used in GAN discriminators
#> tensor([ 0.9038,  1.1409, -0.1298,  0.5056,  0.7463, -0.2610])
print(nn.LeakyReLU(0.2))
#> LeakyReLU(negative_slope=0.2)
