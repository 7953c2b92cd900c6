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

# Whatever you call it, the loss is minimised where its third argument equals 4 (the variance),
# so an output trained as "std" learns 4: twice the true std.
candidates = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0, 6.0])
losses = torch.stack([F.gaussian_nll_loss(mean, target, c.expand(4)) for c in candidates])
print(losses)
#> tensor([2.0000, 1.3466, 1.2160, 1.1931, 1.2047, 1.2292])
print(candidates[losses.argmin()])
#> tensor(4.)
