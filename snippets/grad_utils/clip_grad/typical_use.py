import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(16, 4), torch.randn(16, 1)

optimizer.zero_grad()
nn.functional.mse_loss(model(x), y).backward()
total = nn.utils.clip_grad_norm_(model.parameters(), max_norm=0.5)  # after backward, before step
optimizer.step()
after = torch.linalg.vector_norm(torch.cat([p.grad.flatten() for p in model.parameters()]))
print(total.shape, total.dtype, (after <= 0.5 + 1e-6).item())  # the norm before, the bound after
#> torch.Size([]) torch.float32 True
