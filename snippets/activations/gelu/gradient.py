import torch
import torch.nn.functional as F

x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0], requires_grad=True)
F.gelu(x).sum().backward()
# d/dx [x Phi(x)] = Phi(x) + x phi(x): 0.5 at 0, slightly negative left of about -0.75.
print(x.grad)
#> tensor([-0.0119, -0.0833,  0.5000,  1.0833,  1.0119])
