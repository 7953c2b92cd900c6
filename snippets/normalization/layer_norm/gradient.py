import torch
import torch.nn.functional as F

x = torch.tensor([[1.0, 2.0, 4.0, 7.0]], dtype=torch.float64, requires_grad=True)
y = F.layer_norm(x, [4])
upstream = torch.tensor([[1.0, 0.0, -2.0, 0.5]], dtype=torch.float64)
y.backward(upstream)
print(x.grad.round(decimals=4) + 0.0)  # + 0.0 turns -0. into 0.
#> tensor([[ 0.4001,  0.0000, -0.8001,  0.4001]], dtype=torch.float64)
# Adding a constant to a row does not change the output, so the gradient of each row sums to 0.
print(abs(x.grad.sum().item()) < 1e-12)
#> True
