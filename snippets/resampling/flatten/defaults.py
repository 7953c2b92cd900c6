import torch
import torch.nn as nn

x = torch.zeros(4, 3, 5, 5)
print(nn.Flatten()(x).shape)   # start_dim=1: the batch dimension stays
#> torch.Size([4, 75])
print(torch.flatten(x).shape)  # start_dim=0: everything becomes one vector
#> torch.Size([300])
print(x.flatten().shape, x.flatten(1).shape)
#> torch.Size([300]) torch.Size([4, 75])
print(nn.Flatten())
#> Flatten(start_dim=1, end_dim=-1)
