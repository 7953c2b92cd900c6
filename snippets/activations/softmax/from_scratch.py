import warnings

import torch
import torch.nn.functional as F


def softmax(input, dim=None, _stacklevel=3, dtype=None):
    if dim is None:  # deprecated: warn, then guess a dim with the legacy rule
        warnings.warn("Implicit dimension choice for softmax has been deprecated. "
                      "Change the call to include dim=X as an argument.", stacklevel=_stacklevel - 1)
        dim = 0 if input.dim() in (0, 1, 3) else 1
    if dtype is not None:
        input = input.to(dtype)  # dtype casts the input, before anything is computed
    n = max(input.dim(), 1)  # a 0-d tensor takes dim 0 or -1
    if not -n <= dim < n:
        raise IndexError(f"Dimension out of range (expected to be in range of [{-n}, {n - 1}], but got {dim})")
    if input.numel() == 0:
        return input.clone()  # nothing to normalize
    # Subtract the maximum of each slice: the result is the same, and exp() stays <= 1.
    # The shift is a constant for autograd (its gradient would cancel out anyway).
    shifted = input - input.amax(dim, keepdim=True).detach()
    exp = shifted.exp()
    return exp / exp.sum(dim, keepdim=True)


# Two rows: 1, 2, 3 and the same logits shifted by 999, where exp() alone would overflow.
x = torch.tensor([[1.0, 2.0, 3.0], [1000.0, 1001.0, 1002.0]], requires_grad=True)
print(softmax(x, dim=1).detach(), F.softmax(x, dim=1).detach(), sep="\n")
#> tensor([[0.0900, 0.2447, 0.6652],
#>         [0.0900, 0.2447, 0.6652]])
#> tensor([[0.0900, 0.2447, 0.6652],
#>         [0.0900, 0.2447, 0.6652]])

# The gradient for an upstream g = (1, 0, 0) in each row is s * (g - <g, s>).
g = torch.tensor([[1.0, 0.0, 0.0], [1.0, 0.0, 0.0]])
mine, = torch.autograd.grad(softmax(x, dim=1), x, g)
theirs, = torch.autograd.grad(F.softmax(x, dim=1), x, g)
print(mine, theirs, sep="\n")
#> tensor([[ 0.0819, -0.0220, -0.0599],
#>         [ 0.0819, -0.0220, -0.0599]])
#> tensor([[ 0.0819, -0.0220, -0.0599],
#>         [ 0.0819, -0.0220, -0.0599]])
