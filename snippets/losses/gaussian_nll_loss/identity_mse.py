import torch
import torch.nn.functional as F

mean = torch.tensor([[0.0, 1.0, 2.0],
                     [1.0, 1.0, 1.0]])
target = torch.tensor([[0.5, 1.0, 3.0],
                       [0.0, 2.0, 1.0]])

# With a fixed variance of 1 the loss is half the mean squared error.
print(F.gaussian_nll_loss(mean, target, 1.0), 0.5 * F.mse_loss(mean, target))
#> tensor(0.2708) tensor(0.2708)
