import torch
import torch.nn.functional as F

x = torch.tensor([[0.1, 0.2, 0.4, 0.8]])
y = torch.tensor([3])

# A wrong class costs nothing once the target's score beats it by at least `margin`.
for margin in [0.0, 0.5, 1.0, 2.0]:
    print(margin, F.multi_margin_loss(x, y, margin=margin))
    #> 0.0 tensor(0.)
    #> 0.5 tensor(0.0250)
    #> 1.0 tensor(0.3250)
    #> 2.0 tensor(1.0750)

# Once every wrong class trails by the margin, the gradient is exactly 0 as well.
scores = x.clone().requires_grad_()
F.multi_margin_loss(scores, y, margin=0.3).backward()
print(scores.grad)
#> tensor([[0., 0., 0., 0.]])
