import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 4), nn.Linear(4, 2))
nn.functional.cross_entropy(model(torch.randn(8, 4)), torch.zeros(8, dtype=torch.long)).backward()
params = list(model.parameters())
saved = [p.grad.clone() for p in params]
total = nn.utils.clip_grad_norm_(params, max_norm=0.1)
clipped = [p.grad.clone() for p in params]

for p, g in zip(params, saved):  # the original gradients again
    p.grad = g
# The same in two steps: compute the total norm (to log it, or to combine norms yourself) ...
norm = nn.utils.get_total_norm([p.grad for p in params])
# ... then scale every gradient with it.
nn.utils.clip_grads_with_norm_(params, max_norm=0.1, total_norm=norm)
print(torch.allclose(norm, total), all(torch.allclose(p.grad, c) for p, c in zip(params, clipped)))
#> True True
