import torch
import torch.nn.functional as F

x = torch.tensor([0.05, -0.5, 2.0, -4.0], requires_grad=True)
y = torch.zeros(4)

# As beta shrinks, only |x - y| < beta is quadratic and the rest is |x - y| - beta / 2: the loss tends to L1.
for beta in [1.0, 0.1, 0.01, 0.001]:
    print(beta, F.smooth_l1_loss(x, y, beta=beta, reduction="none").detach())
    #> 1.0 tensor([1.2500e-03, 1.2500e-01, 1.5000e+00, 3.5000e+00])
    #> 0.1 tensor([0.0125, 0.4500, 1.9500, 3.9500])
    #> 0.01 tensor([0.0450, 0.4950, 1.9950, 3.9950])
    #> 0.001 tensor([0.0495, 0.4995, 1.9995, 3.9995])
print(F.l1_loss(x, y, reduction="none").detach())
#> tensor([0.0500, 0.5000, 2.0000, 4.0000])

# beta = 0 is exactly L1: same values and the same gradient sign(x - y).
print(torch.equal(F.smooth_l1_loss(x, y, beta=0.0), F.l1_loss(x, y)))
#> True
grad_smooth, = torch.autograd.grad(F.smooth_l1_loss(x, y, beta=0.0, reduction="sum"), x)
grad_l1, = torch.autograd.grad(F.l1_loss(x, y, reduction="sum"), x)
print(grad_smooth, grad_l1)
#> tensor([ 1., -1.,  1., -1.]) tensor([ 1., -1.,  1., -1.])

# HuberLoss cannot take that limit: delta must be positive.
try:
    F.huber_loss(x, y, delta=0.0)
except RuntimeError as error:
    print(f"{type(error).__name__}: {error}")
    #> RuntimeError: huber_loss does not support non-positive values for delta.
