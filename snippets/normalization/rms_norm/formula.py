import torch
import torch.nn.functional as F

x = torch.tensor([[0.5, -1.0, 2.0, 3.5],
                  [4.0, 4.0, 1.0, -2.0]], dtype=torch.float64)
weight = torch.tensor([1.0, 0.5, 2.0, -1.0], dtype=torch.float64)
eps = torch.finfo(torch.float64).eps

# y = x / sqrt(mean(x^2) + eps) * weight, the mean of the squares over the last dimension.
manual = x / torch.sqrt(x.pow(2).mean(dim=-1, keepdim=True) + eps) * weight
print(torch.allclose(F.rms_norm(x, [4], weight), manual))
#> True
