# snippet-devices: cpu  (the vectorized CPU kernel; CUDA gives 1 everywhere)
import torch
import torch.nn.functional as F

# 40 nan inputs: on x86 the CPU kernel runs a vectorized loop over the first 32
# and a scalar loop over the last 8.
x = torch.full((40,), float("nan"), requires_grad=True)
F.elu(x).sum().backward()
print(x.grad.isnan().sum().item(), x.grad[-1].item())
#> 32 1.0
