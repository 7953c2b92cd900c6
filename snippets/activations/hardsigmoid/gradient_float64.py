# snippet-devices: cpu  (the constant is the one of the CPU kernel)
import torch
import torch.nn.functional as F

x = torch.tensor([0.0], dtype=torch.float64, requires_grad=True)
F.hardsigmoid(x).backward()
# The backward multiplies by 1/6 rounded to float32, also for float64 tensors.
print(f"{x.grad.item():.17f}", f"{1 / 6:.17f}", f"{torch.tensor(1 / 6, dtype=torch.float32).item():.17f}")
#> 0.16666667163372040 0.16666666666666666 0.16666667163372040
