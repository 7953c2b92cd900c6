import warnings

import torch
import torch.nn.functional as F


def _get_softmax_dim(name, ndim, stacklevel):
    # PyTorch's legacy rule for dim=None: 0 for 0-, 1- and 3-D inputs, 1 otherwise.
    warnings.warn(f"Implicit dimension choice for {name} has been deprecated. "
                  "Change the call to include dim=X as an argument.", stacklevel=stacklevel)
    return 0 if ndim in (0, 1, 3) else 1


def softmax(input, dim=None, _stacklevel=3, dtype=None):
    if dim is None:
        dim = _get_softmax_dim("softmax", input.dim(), _stacklevel)
    if dtype is not None:
        input = input.to(dtype)  # cast first, then compute
    rank = max(input.dim(), 1)  # a 0-d tensor accepts dim 0 and -1
    if not -rank <= dim < rank:
        raise IndexError(f"Dimension out of range (expected to be in range of [{-rank}, {rank - 1}], but got {dim})")
    if input.numel() == 0:
        return input.clone()
    # Subtracting the maximum changes nothing mathematically and keeps exp() <= 1.
    # It is a constant for autograd: the shift's own gradient is zero anyway.
    shifted = input - input.amax(dim, keepdim=True).detach()
    exp = shifted.exp()
    return exp / exp.sum(dim, keepdim=True)


def agrees(x, dim, **kwargs):
    """Same value and same gradient as torch.nn.functional.softmax."""
    ours_in = x.clone().requires_grad_()
    ref_in = x.clone().requires_grad_()
    ours = softmax(ours_in, dim, **kwargs)
    ref = F.softmax(ref_in, dim, **kwargs)
    upstream = torch.linspace(-1, 2, ours.numel(), dtype=ours.dtype).reshape(ours.shape)  # uneven, not all-ones
    ours.backward(upstream)
    ref.backward(upstream)
    return (ours.dtype == ref.dtype and torch.allclose(ours, ref, equal_nan=True)
            and torch.allclose(ours_in.grad, ref_in.grad, equal_nan=True))


x = torch.linspace(-3, 3, 24, dtype=torch.float64).reshape(2, 3, 4)
print(all(agrees(x, dim) for dim in [0, 1, 2, -1, -2, -3]))
#> True
print(agrees(1000 * x, -1), agrees(x.float(), 1, dtype=torch.float64))
#> True True
print(agrees(torch.tensor(0.5, dtype=torch.float64), 0), agrees(torch.empty(2, 0, dtype=torch.float64), 1))
#> True True
inf, nan = float("inf"), float("nan")
special = torch.tensor([[0.0, 1.0, -inf], [-inf, -inf, -inf], [0.0, inf, 1.0], [nan, 0.0, 1.0]], dtype=torch.float64)
print(agrees(special, 1))
#> True
# No dim: both warn from the caller's line and pick dim 0 for a 3-D input.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    ours, ref = softmax(x), F.softmax(x)
print(torch.allclose(ours, ref), torch.allclose(ours, F.softmax(x, dim=0)))
#> True True
mine, theirs = [(str(w.message), w.filename, w.lineno) for w in caught]
print(mine == theirs)
#> True
