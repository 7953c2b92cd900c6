import torch
import torch.nn.functional as F

x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0], requires_grad=True)
F.elu(x).sum().backward()
# alpha * exp(x) for x <= 0, 1 for x > 0
print(x.grad)
#> tensor([0.0498, 0.3679, 1.0000, 1.0000, 1.0000])

# At exactly 0 autograd takes the left branch: the slope there is alpha, not 1.
for alpha in (0.5, 1.0, 2.0):
    z = torch.tensor([-1e-6, 0.0, 1e-6], dtype=torch.float64, requires_grad=True)
    F.elu(z, alpha).sum().backward()
    print(alpha, z.grad)
    #> 0.5 tensor([0.5000, 0.5000, 1.0000], dtype=torch.float64)
    #> 1.0 tensor([1.0000, 1.0000, 1.0000], dtype=torch.float64)
    #> 2.0 tensor([2.0000, 2.0000, 1.0000], dtype=torch.float64)
