import warnings

import torch
import torch.nn.functional as F


def softmin(input, dim=None, _stacklevel=3, dtype=None):
    if dim is None:  # deprecated: warn, then guess a dim with the legacy rule
        warnings.warn("Implicit dimension choice for softmin has been deprecated. "
                      "Change the call to include dim=X as an argument.", stacklevel=_stacklevel - 1)
        dim = 0 if input.dim() in (0, 1, 3) else 1
    negated = -input  # softmin(x) = softmax(-x); PyTorch negates before the dtype cast
    if dtype is not None:
        negated = negated.to(dtype)
    n = max(negated.dim(), 1)  # a 0-d tensor takes dim 0 or -1
    if not -n <= dim < n:
        raise IndexError(f"Dimension out of range (expected to be in range of [{-n}, {n - 1}], but got {dim})")
    if negated.numel() == 0:
        return negated.clone()  # nothing to normalize
    # softmax of -x, shifted by the maximum of -x (the minimum of x) so that exp() stays <= 1
    shifted = negated - negated.amax(dim, keepdim=True).detach()
    exp = shifted.exp()
    return exp / exp.sum(dim, keepdim=True)


# Distances from two queries to three candidates: the closest candidate gets the largest weight.
d = torch.tensor([[0.5, 2.0, 4.0], [3.0, 3.0, 0.0]], requires_grad=True)
print(softmin(d, dim=1).detach(), F.softmin(d, dim=1).detach(), sep="\n")
#> tensor([[0.7979, 0.1780, 0.0241],
#>         [0.0453, 0.0453, 0.9094]])
#> tensor([[0.7979, 0.1780, 0.0241],
#>         [0.0453, 0.0453, 0.9094]])

# The gradient is that of softmax with the sign flipped: with g = (1, 0, 0), moving the
# first candidate away (larger d[0]) lowers its own weight and raises the others.
g = torch.tensor([[1.0, 0.0, 0.0], [1.0, 0.0, 0.0]])
mine, = torch.autograd.grad(softmin(d, dim=1), d, g)
theirs, = torch.autograd.grad(F.softmin(d, dim=1), d, g)
print(mine, theirs, sep="\n")
#> tensor([[-0.1613,  0.1420,  0.0192],
#>         [-0.0432,  0.0021,  0.0412]])
#> tensor([[-0.1613,  0.1420,  0.0192],
#>         [-0.0432,  0.0021,  0.0412]])
