import torch
import torch.nn as nn

# The model predicts a mean and a variance for every target value.
mean = torch.tensor([[0.0, 1.0, 2.0],
                     [1.0, 1.0, 1.0]])
target = torch.tensor([[0.5, 1.0, 3.0],
                       [0.0, 2.0, 1.0]])
var = torch.tensor([[1.0, 2.0, 4.0],
                    [0.5, 1.0, 0.25]])

loss_fn = nn.GaussianNLLLoss()            # full=False, eps=1e-6, reduction='mean'
print(loss_fn(mean, target, var))
#> tensor(0.2917)
# Element by element: 0.5 * (log(var) + (input - target)^2 / var).
print(0.5 * (var.log() + (mean - target) ** 2 / var))
#> tensor([[ 0.1250,  0.3466,  0.8181],
#>         [ 0.6534,  0.5000, -0.6931]])
