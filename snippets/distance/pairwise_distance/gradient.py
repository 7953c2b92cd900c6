import torch
import torch.nn.functional as F

# At identical points eps makes the direction well defined: d_i = eps for every i,
# so the gradient of the distance is eps / (eps * sqrt(D)) = 1 / sqrt(D) in every coordinate.
x1 = torch.zeros(1, 4, requires_grad=True)
F.pairwise_distance(x1, torch.zeros(1, 4)).sum().backward()
print(x1.grad)
#> tensor([[0.5000, 0.5000, 0.5000, 0.5000]])
# With eps=0 the norm is 0 and PyTorch defines its gradient as 0 (not nan).
x1 = torch.zeros(1, 4, requires_grad=True)
F.pairwise_distance(x1, torch.zeros(1, 4), eps=0.0).sum().backward()
print(x1.grad)
#> tensor([[0., 0., 0., 0.]])
# Away from that point: (x1 - x2 + eps) / distance.
x1 = torch.tensor([[3.0, 4.0]], requires_grad=True)
F.pairwise_distance(x1, torch.zeros(1, 2), eps=0.0).sum().backward()
print(x1.grad)
#> tensor([[0.6000, 0.8000]])
