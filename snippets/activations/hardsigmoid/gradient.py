import torch
import torch.nn.functional as F

x = torch.tensor([-4.0, -3.0, -1.5, 0.0, 1.5, 3.0, 4.0], requires_grad=True)
F.hardsigmoid(x).sum().backward()
print(x.grad)  # 1/6 strictly inside (-3, 3); 0 at the kinks x = -3 and x = 3
#> tensor([0.0000, 0.0000, 0.1667, 0.1667, 0.1667, 0.0000, 0.0000])
