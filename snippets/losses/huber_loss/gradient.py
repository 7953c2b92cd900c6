import torch
import torch.nn.functional as F

# Errors around the switch points of delta = 2 (at +-2) and 0.
d = torch.tensor([-4.0, -2.0, -1.0, 0.0, 1.0, 2.0, 4.0])
for delta in [2.0, 1.0]:
    x = d.clone().requires_grad_()
    F.huber_loss(x, torch.zeros(7), reduction="sum", delta=delta).backward()
    print(delta, x.grad)
    #> 2.0 tensor([-2., -2., -1.,  0.,  1.,  2.,  2.])
    #> 1.0 tensor([-1., -1., -1.,  0.,  1.,  1.,  1.])

# The gradient is clamp(x - y, -delta, delta): continuous at |x - y| = delta.
print(d.clamp(-2.0, 2.0))
#> tensor([-2., -2., -1.,  0.,  1.,  2.,  2.])
