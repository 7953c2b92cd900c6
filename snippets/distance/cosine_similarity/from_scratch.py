import torch
import torch.nn.functional as F


def norm2(x, dim):
    """sqrt(sum x^2) over dim, kept; its gradient is 0 (not 0 / 0) for a zero vector, as in PyTorch."""
    total = (x * x).sum(dim, keepdim=True)
    positive = total != 0
    return torch.where(positive, torch.where(positive, total, 1.0).sqrt(), 0.0)


def cosine_similarity(x1, x2, dim=1, eps=1e-8):
    if eps < 0:
        raise RuntimeError(f"eps must be non-negative, got: {eps:g}")
    dtype = torch.result_type(x1, x2)  # an integer input is fine if the other one is floating point
    if not dtype.is_floating_point:
        raise RuntimeError(f"expected common dtype to be floating point, yet common dtype is {str(dtype)[6:].capitalize()}")
    x1, x2 = torch.broadcast_tensors(x1.to(dtype), x2.to(dtype))  # dim refers to the broadcast shape
    n1, n2 = norm2(x1, dim), norm2(x2, dim)
    # Each norm is clamped at eps on its own, outside autograd: below eps the value is eps,
    # but the gradient still flows through the unclamped norm (n - n.detach() is 0 in value).
    n1 = torch.where(n1 < eps, n1 - n1.detach() + eps, n1)
    n2 = torch.where(n2 < eps, n2 - n2.detach() + eps, n2)
    return ((x1 / n1) * (x2 / n2)).sum(dim)  # normalize first, then the dot product


# The example of the page: orthogonal, same direction, opposite direction, and 5 / (sqrt(5) * sqrt(10)).
x1 = torch.tensor([[1.0, 0.0], [1.0, 1.0], [3.0, 4.0], [2.0, 1.0]], requires_grad=True)
x2 = torch.tensor([[0.0, 5.0], [2.0, 2.0], [-3.0, -4.0], [1.0, 3.0]])
print(cosine_similarity(x1, x2).detach(), F.cosine_similarity(x1, x2).detach(), sep="\n")
#> tensor([ 0.0000,  1.0000, -1.0000,  0.7071])
#> tensor([ 0.0000,  1.0000, -1.0000,  0.7071])

# The gradient (x2_hat - cos * x1_hat) / ||x1||, for the orthogonal pair and the last one, from both.
mine, = torch.autograd.grad(cosine_similarity(x1, x2).sum(), x1)
theirs, = torch.autograd.grad(F.cosine_similarity(x1, x2).sum(), x1)
print(mine[[0, 3]], theirs[[0, 3]], sep="\n")
#> tensor([[ 0.0000,  1.0000],
#>         [-0.1414,  0.2828]])
#> tensor([[ 0.0000,  1.0000],
#>         [-0.1414,  0.2828]])
