import torch
import torch.nn.functional as F

# Below eps the clamp changes the value but autograd does not see it: the gradient still
# differentiates through ||x1|| as if it had not been clamped.
x2 = torch.tensor([[6.0, 8.0]])
x1 = torch.tensor([[0.06, 0.08]], requires_grad=True)  # ||x1|| = 0.1 < eps = 0.5
F.cosine_similarity(x1, x2, eps=0.5).sum().backward()
print(x1.grad)
#> tensor([[0.9600, 1.2800]])
# d/dx1 of x1 . u / c with c = max(||x1||, eps) = 0.5 held constant would be u / c = [1.2, 1.6]:
u = x2 / x2.norm()
print(u / 0.5)
#> tensor([[1.2000, 1.6000]])
# PyTorch's: u / c - (x1 . u / c^2) * x1 / ||x1||
x = x1.detach()
print(u / 0.5 - (x * u).sum() / 0.25 * x / x.norm())
#> tensor([[0.9600, 1.2800]])

# Above eps it is the usual gradient of the cosine, orthogonal to x1.
x1 = torch.tensor([[3.0, 4.0]], requires_grad=True)
F.cosine_similarity(x1, torch.tensor([[1.0, 0.0]])).sum().backward()
print(x1.grad, (x1.grad * x1).sum().abs() < 1e-6)
#> tensor([[ 0.1280, -0.0960]]) tensor(True)
