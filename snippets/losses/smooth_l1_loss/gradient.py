import torch
import torch.nn.functional as F

# Errors around the switch points of beta = 0.5 (at +-0.5) and the kink of L1 (at 0).
d = torch.tensor([-2.0, -0.5, -0.25, 0.0, 0.25, 0.5, 2.0])
for beta in [0.5, 1.0, 0.0]:
    x = d.clone().requires_grad_()
    F.smooth_l1_loss(x, torch.zeros(7), reduction="sum", beta=beta).backward()
    print(beta, x.grad)
    #> 0.5 tensor([-1.0000, -1.0000, -0.5000,  0.0000,  0.5000,  1.0000,  1.0000])
    #> 1.0 tensor([-1.0000, -0.5000, -0.2500,  0.0000,  0.2500,  0.5000,  1.0000])
    #> 0.0 tensor([-1., -1., -1.,  0.,  1.,  1.,  1.])

# The gradient is clamp((x - y) / beta, -1, 1): continuous at |x - y| = beta.
print((d / 0.5).clamp(-1, 1))
#> tensor([-1.0000, -1.0000, -0.5000,  0.0000,  0.5000,  1.0000,  1.0000])
