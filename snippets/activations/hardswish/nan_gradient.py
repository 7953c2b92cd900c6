# snippet-devices: cpu  (the two code paths are those of the CPU kernel)
import torch
import torch.nn.functional as F

# 65 NaN inputs: the first 64 fill whole SIMD vectors, the last one is left over.
x = torch.full((65,), float("nan"), requires_grad=True)
F.hardswish(x).sum().backward()
print(x.grad[:64].isnan().all(), x.grad[64])  # whole vectors: nan; the element left over: 1
#> tensor(True) tensor(1.)
