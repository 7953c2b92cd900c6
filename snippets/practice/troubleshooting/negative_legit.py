import torch
import torch.nn.functional as F

# GaussianNLLLoss: a density can exceed 1, so its negative log is below 0 when the variance is small.
mean = torch.tensor([1.0, 2.0])
target = torch.tensor([1.1, 1.9])
var = torch.tensor([0.01, 0.01])
print(F.gaussian_nll_loss(mean, target, var), F.gaussian_nll_loss(mean, target, var, full=True))
#> tensor(-1.8026) tensor(-0.8836)

# PoissonNLLLoss drops the constant log(target!) by default; full=True adds it back (Stirling).
log_rate = torch.tensor([1.0, 2.0])
counts = torch.tensor([3.0, 7.0])
print(F.poisson_nll_loss(log_rate, counts), F.poisson_nll_loss(log_rate, counts, full=True))
#> tensor(-3.4463) tensor(1.6923)
