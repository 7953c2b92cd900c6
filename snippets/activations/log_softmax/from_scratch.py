import warnings

import torch
import torch.nn.functional as F


def log_softmax(input, dim=None, _stacklevel=3, dtype=None):
    if dim is None:  # deprecated: warn, then guess a dim with the legacy rule
        warnings.warn("Implicit dimension choice for log_softmax has been deprecated. "
                      "Change the call to include dim=X as an argument.", stacklevel=_stacklevel - 1)
        dim = 0 if input.dim() in (0, 1, 3) else 1
    if dtype is not None:
        input = input.to(dtype)  # dtype casts the input, before anything is computed
    n = max(input.dim(), 1)  # a 0-d tensor takes dim 0 or -1
    if not -n <= dim < n:
        raise IndexError(f"Dimension out of range (expected to be in range of [{-n}, {n - 1}], but got {dim})")
    if input.numel() == 0:
        return input.clone()  # nothing to normalize
    # log(exp(x_i) / sum_j exp(x_j)) = (x_i - m) - log(sum_j exp(x_j - m)), m the slice maximum:
    # the sum is >= 1, so its log is finite, and no underflowed probability is ever logged.
    shifted = input - input.amax(dim, keepdim=True).detach()
    return shifted - shifted.exp().sum(dim, keepdim=True).log()


# A row where exp(-200) underflows float32: log(softmax) gives -inf there, log_softmax -200.
x = torch.tensor([[1.0, 2.0, 3.0], [0.0, -50.0, -200.0]], requires_grad=True)
print(log_softmax(x, dim=1).detach(), F.log_softmax(x, dim=1).detach(), sep="\n")
#> tensor([[  -2.4076,   -1.4076,   -0.4076],
#>         [   0.0000,  -50.0000, -200.0000]])
#> tensor([[  -2.4076,   -1.4076,   -0.4076],
#>         [   0.0000,  -50.0000, -200.0000]])

# With the upstream gradient -onehot(y) of a negative log-likelihood, the gradient is softmax - onehot(y).
g = torch.tensor([[0.0, -1.0, 0.0], [0.0, 0.0, -1.0]])
mine, = torch.autograd.grad(log_softmax(x, dim=1), x, g)
theirs, = torch.autograd.grad(F.log_softmax(x, dim=1), x, g)
print(mine, theirs, sep="\n")
#> tensor([[ 9.0031e-02, -7.5527e-01,  6.6524e-01],
#>         [ 1.0000e+00,  1.9287e-22, -1.0000e+00]])
#> tensor([[ 9.0031e-02, -7.5527e-01,  6.6524e-01],
#>         [ 1.0000e+00,  1.9287e-22, -1.0000e+00]])
