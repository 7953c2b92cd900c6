import torch
import torch.nn.functional as F

# Residuals of a model whose errors have standard deviation 2 (variance 4).
mean = torch.zeros(4)
target = torch.tensor([2.0, -2.0, 2.0, -2.0])

# Passing the std where the variance belongs: no error, a different loss.
print(F.gaussian_nll_loss(mean, target, torch.full((4,), 4.0)))   # var = std**2
#> tensor(1.1931)
print(F.gaussian_nll_loss(mean, target, torch.full((4,), 2.0)))   # std by mistake
#> tensor(1.3466)

# The loss is smallest where its third argument equals the mean squared error, sigma**2,
# whatever the output is called. Try every value 0.01, 0.02, ..., 8.00 as that argument:
candidates = torch.arange(1, 801, dtype=torch.float64) / 100
for sigma in [2.0, 0.5]:
    residual = torch.tensor([sigma, -sigma, sigma, -sigma], dtype=torch.float64)
    losses = F.gaussian_nll_loss(torch.zeros(800, 4, dtype=torch.float64), residual.expand(800, 4),
                                 candidates[:, None], reduction="none").mean(dim=1)
    learned = candidates[losses.argmin()].item()
    # sigma, what an output called "std" learns, and its square used as a variance
    print(sigma, learned, learned ** 2)
    #> 2.0 4.0 16.0
    #> 0.5 0.25 0.0625
