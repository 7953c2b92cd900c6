import torch
import torch.nn.functional as F

x = torch.linspace(-2, 2, 17, dtype=torch.float64)  # steps of 0.25

# Softshrink(x) = x - clamp(x, -lambd, lambd) = sign(x) * max(|x| - lambd, 0)
for lambd in [0.5, 1.0]:
    y = F.softshrink(x, lambd)
    print(torch.allclose(y, x - x.clamp(-lambd, lambd)), torch.allclose(y, x.sign() * (x.abs() - lambd).clamp(min=0)))
    #> True True
    #> True True

# It is the minimiser z of 0.5 * (z - x)**2 + lambd * |z| (soft thresholding).
z = torch.linspace(-3, 3, 60001, dtype=torch.float64)  # candidates, steps of 1e-4
points = torch.tensor([-2.0, -0.3, 0.2, 0.8, 1.7], dtype=torch.float64)
objective = 0.5 * (z[:, None] - points) ** 2 + 0.5 * z[:, None].abs()
print(torch.allclose(z[objective.argmin(dim=0)], F.softshrink(points, 0.5), atol=1e-4))
#> True
