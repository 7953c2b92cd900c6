import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([0.2, -0.8, 1.5, -3.0, 6.0], requires_grad=True)
y = torch.zeros(5)

# HuberLoss(delta) = delta * SmoothL1Loss(beta=delta), value and gradient.
for delta in [0.5, 1.0, 2.0]:
    huber = nn.HuberLoss(delta=delta)(x, y)
    smooth = nn.SmoothL1Loss(beta=delta)(x, y)
    grad_huber, = torch.autograd.grad(huber, x)
    grad_smooth, = torch.autograd.grad(smooth, x)
    print(delta, huber.detach(), smooth.detach(),
          torch.allclose(huber, delta * smooth), torch.allclose(grad_huber, delta * grad_smooth))
    #> 0.5 tensor(1.0340) tensor(2.0680) True True
    #> 1.0 tensor(1.8680) tensor(1.8680) True True
    #> 2.0 tensor(3.0930) tensor(1.5465) True True

# So they are the same function only at delta = beta = 1 (both defaults). Elsewhere the Huber
# slope outside the quadratic zone is delta, while SmoothL1's slope is always 1.
grad_huber, = torch.autograd.grad(F.huber_loss(x, y, delta=2.0, reduction="sum"), x)
grad_smooth, = torch.autograd.grad(F.smooth_l1_loss(x, y, beta=2.0, reduction="sum"), x)
print(grad_huber, grad_smooth)
#> tensor([ 0.2000, -0.8000,  1.5000, -2.0000,  2.0000]) tensor([ 0.1000, -0.4000,  0.7500, -1.0000,  1.0000])
