import torch
import torch.nn.functional as F

x = torch.linspace(-5, 5, 101, dtype=torch.float64)


def piecewise(x, alpha):
    # x for x > 0, alpha * (exp(x) - 1) for x <= 0
    return torch.where(x > 0, x, alpha * (torch.exp(x) - 1))


def max_min(x, alpha):
    # max(0, x) + min(0, alpha * (exp(x) - 1)), a form often quoted
    return torch.clamp(x, min=0) + torch.clamp(alpha * (torch.exp(x) - 1), max=0)


print([torch.allclose(F.elu(x, alpha), piecewise(x, alpha)) for alpha in (1.0, 0.5, 2.0, -1.0)])
#> [True, True, True, True]
# The max/min form agrees for alpha >= 0 only.
print([torch.allclose(F.elu(x, alpha), max_min(x, alpha)) for alpha in (1.0, 0.5, 2.0, -1.0)])
#> [True, True, True, False]
t = torch.tensor([-2.0, 1.0])
print(F.elu(t, alpha=-1.0), max_min(t, alpha=-1.0))
#> tensor([0.8647, 1.0000]) tensor([ 0.0000, -0.7183])
# alpha = 0 is ReLU.
t = torch.tensor([-2.0, 0.0, 1.0])
print(torch.equal(F.elu(t, alpha=0.0), F.relu(t)))
#> True
