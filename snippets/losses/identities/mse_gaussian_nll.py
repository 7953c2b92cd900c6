import math

import torch
import torch.nn.functional as F

# A single prediction and target.
mean = torch.tensor([2.5], requires_grad=True)
target = torch.tensor([1.0])
var = torch.ones(1)

mse = F.mse_loss(mean, target)
gauss = F.gaussian_nll_loss(mean, target, var)
gauss_full = F.gaussian_nll_loss(mean, target, var, full=True)
print(mse.detach(), gauss.detach(), gauss_full.detach())
#> tensor(2.2500) tensor(1.1250) tensor(2.0439)
# With var = 1: GaussianNLL = MSE / 2, and full=True adds the constant log(2 pi) / 2.
print(torch.allclose(gauss, mse / 2), torch.allclose(gauss_full, mse / 2 + 0.5 * math.log(2 * math.pi)))
#> True True
print(round(0.5 * math.log(2 * math.pi), 4))  # the constant of full=True
#> 0.9189

# The constant factor 1/2 halves the gradient, so the minimizer is the same.
grad_mse, = torch.autograd.grad(mse, mean)
grad_gauss, = torch.autograd.grad(gauss, mean)
print(grad_mse, grad_gauss)
#> tensor([3.]) tensor([1.5000])

# A fixed variance s2 in general: MSE / (2 s2) + log(s2) / 2, still MSE up to scale and shift.
s2 = 4.0
print(F.gaussian_nll_loss(mean, target, torch.full((1,), s2)).detach(), (mse / (2 * s2) + 0.5 * math.log(s2)).detach())
#> tensor(0.9744) tensor(0.9744)
