import torch
import torch.nn as nn
import torch.nn.functional as F


class MeanAndVariance(nn.Module):  # a regression head that predicts a mean and a variance
    def __init__(self, in_features, min_var=1e-3):
        super().__init__()
        self.linear = nn.Linear(in_features, 2)
        self.min_var = min_var

    def forward(self, x):
        mean, raw = self.linear(x).unbind(dim=-1)
        return mean, F.softplus(raw) + self.min_var  # positive, and never below min_var


torch.manual_seed(0)
head = MeanAndVariance(8)
mean, var = head(torch.randn(16, 8))
loss = F.gaussian_nll_loss(mean, torch.randn(16), var)
loss.backward()
print(mean.shape, var.shape, bool((var >= 1e-3).all()))
#> torch.Size([16]) torch.Size([16]) True

# softplus + min_var at extreme raw outputs: no zero, no overflow.
print(F.softplus(torch.tensor([-50.0, 0.0, 50.0])) + 1e-3)
#> tensor([1.0000e-03, 6.9415e-01, 5.0001e+01])

# The log-variance form: var = exp(s), and the loss written with s directly.
mu, y = torch.tensor([0.0, 0.0, 0.0]), torch.tensor([0.5, 0.5, 0.5])
s = torch.tensor([-1.0, 2.0, -20.0])            # exp(-20) = 2e-9 is below eps = 1e-6
by_hand = 0.5 * (s + (y - mu) ** 2 * torch.exp(-s))
print(by_hand)
#> tensor([-1.6021e-01,  1.0169e+00,  6.0646e+07])
print(F.gaussian_nll_loss(mu, y, s.exp(), reduction="none"))
#> tensor([-1.6021e-01,  1.0169e+00,  1.2499e+05])
