# snippet-devices: cpu  (the result depends on the CPU kernel's vectorised loop)
import torch
import torch.nn.functional as F

# The same nan at position 0: its gradient is 1 in a small tensor, 0 in a large one.
for n in (3, 64):
    x = torch.ones(n)
    x[0] = float("nan")
    x.requires_grad_()
    F.relu6(x).sum().backward()
    print(n, x.grad[0].item())
    #> 3 1.0
    #> 64 0.0
