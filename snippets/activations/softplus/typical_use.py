import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
head = nn.Linear(4, 2)                                # a mean and a raw scale per sample
mean, raw_scale = head(torch.randn(8, 4)).unbind(dim=1)  # a batch of 8
std = F.softplus(raw_scale) + 1e-6                    # positive, with a floor (see Pitfalls)
loss = -torch.distributions.Normal(mean, std).log_prob(torch.randn(8)).mean()
loss.backward()
print(mean.shape, std.shape, (std > 0).all())
#> torch.Size([8]) torch.Size([8]) tensor(True)
