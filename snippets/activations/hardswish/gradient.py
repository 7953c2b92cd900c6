import torch
import torch.nn.functional as F

x = torch.tensor([-4.0, -3.0, -1.5, 0.0, 1.5, 3.0, 4.0], requires_grad=True)
F.hardswish(x).sum().backward()
# (2x + 3) / 6 strictly inside (-3, 3); at the kinks PyTorch takes the outer pieces: 0 at -3, 1 at 3.
print(x.grad)
#> tensor([0.0000, 0.0000, 0.0000, 0.5000, 1.0000, 1.0000, 1.0000])
# The middle formula there would give -0.5 and 1.5.
print((2 * torch.tensor([-3.0, 3.0]) + 3) / 6)
#> tensor([-0.5000,  1.5000])
