import torch
import torch.nn.functional as F


def local_response_norm(input, size, alpha=1e-4, beta=0.75, k=1.0):
    if input.dim() < 3:
        raise ValueError(f"Expected 3D or higher dimensionality input (got {input.dim()} dimensions)")
    if size <= 0:
        raise RuntimeError(f"kernel size should be greater than zero, but got {size}")
    if input.numel() == 0:
        return input
    C = input.shape[1]
    squares = input * input
    # zero channels: size // 2 before, (size - 1) // 2 after, so that every window holds `size` channels
    before = squares.new_zeros((input.shape[0], size // 2) + tuple(input.shape[2:]))
    after = squares.new_zeros((input.shape[0], (size - 1) // 2) + tuple(input.shape[2:]))
    padded = torch.cat([before, squares, after], dim=1)
    window_sum = padded[:, 0:C]
    for j in range(1, size):
        window_sum = window_sum + padded[:, j:j + C]
    div = (window_sum / size * alpha + k) ** beta  # the mean over the window, always divided by size
    return input / div


def agrees(x, size, alpha=1e-4, beta=0.75, k=1.0):
    """Same value and same gradient as torch.nn.functional.local_response_norm."""
    results = []
    for fn in (local_response_norm, F.local_response_norm):
        leaf = x.clone().requires_grad_()
        out = fn(leaf, size, alpha, beta, k)
        upstream = torch.linspace(-1, 1, out.numel(), dtype=out.dtype).reshape(out.shape)
        (grad,) = torch.autograd.grad(out, leaf, upstream)
        results.append((out, grad))
    return all(torch.allclose(a, b, equal_nan=True) for a, b in zip(*results))


torch.manual_seed(0)
x = torch.randn(2, 6, 5, dtype=torch.float64) * 4
print([agrees(x, size, 0.5, 0.75, 2.0) for size in (1, 2, 3, 4, 7)])
#> [True, True, True, True, True]
print(agrees(x, 3), agrees(x, 3, alpha=1.0, beta=0.5, k=0.5), agrees(torch.randn(2, 4, 3, 3, 2).double(), 4, 1.0))
#> True True True
special = torch.tensor([1.0, float("nan"), 3.0, float("inf"), 5.0, 0.0], dtype=torch.float64).reshape(1, 6, 1)
print(agrees(special, 3, alpha=1.0), agrees(torch.empty(0, 3, 4, dtype=torch.float64), 2))
#> True True
