import torch
import torch.nn.functional as F

# The slope at 0 (autograd takes the x <= 0 branch there) and just right of 0.
for alpha in (0.5, 1.0, 2.0):
    z = torch.tensor([0.0, 1e-6], dtype=torch.float64, requires_grad=True)
    F.celu(z, alpha).sum().backward()
    w = torch.tensor([0.0, 1e-6], dtype=torch.float64, requires_grad=True)
    F.elu(w, alpha).sum().backward()
    print(alpha, "CELU", z.grad.tolist(), "ELU", w.grad.tolist())
    #> 0.5 CELU [1.0, 1.0] ELU [0.5, 1.0]
    #> 1.0 CELU [1.0, 1.0] ELU [1.0, 1.0]
    #> 2.0 CELU [1.0, 1.0] ELU [2.0, 1.0]

# For x <= 0 the derivative is exp(x / alpha).
x = torch.tensor([-4.0, -2.0, -1.0], dtype=torch.float64, requires_grad=True)
F.celu(x, alpha=2.0).sum().backward()
print(torch.allclose(x.grad, torch.exp(x.detach() / 2.0)))
#> True
