import torch
import torch.nn as nn
from torch.nn.utils.parametrizations import spectral_norm

torch.manual_seed(0)
model = nn.Sequential(spectral_norm(nn.Linear(4, 8)), nn.ReLU(), nn.Linear(8, 1))  # 1. parametrize
optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)  # 2. then build the optimizer
norms = []
for step in range(3):
    x, y = torch.randn(16, 4), torch.randn(16, 1)
    optimizer.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    norms.append(nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0))  # 3. clip, log the norm
    optimizer.step()

print([name for name, _ in model.named_parameters()])
#> ['0.bias', '0.parametrizations.weight.original', '2.weight', '2.bias']
print(len(norms), torch.stack(norms).isfinite().all().item())
#> 3 True
print(abs(torch.linalg.matrix_norm(model[0].weight, ord=2).item() - 1) < 0.05)  # spectral norm about 1
#> True
