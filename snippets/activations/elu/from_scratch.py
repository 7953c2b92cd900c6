import torch
import torch.nn.functional as F


def _elu(x, alpha):
    # clamp(max=0): the exponential branch cannot overflow where it is not taken (x > 0).
    negative = alpha * torch.expm1(x.clamp(max=0))
    # x <= 0 takes the exponential branch; nan falls through to the linear one, as in PyTorch.
    return torch.where(x <= 0, negative, x)


def _refuse_backward(grad):
    raise RuntimeError(
        "In-place elu backward calculation is triggered with a negative slope which is not supported. "
        "This is caused by calling in-place forward function with a negative slope, "
        "please call out-of-place version instead."
    )


def elu(input, alpha=1.0, inplace=False):
    if not inplace:
        return _elu(input, alpha)
    # In place: compute from a copy, then overwrite the caller's tensor; autograd follows the copy.
    out = input.copy_(_elu(input.clone(), alpha))
    if alpha < 0 and out.requires_grad:
        out.register_hook(_refuse_backward)  # PyTorch refuses this backward too (see Pitfalls)
    return out


def agrees(x, alpha=1.0, inplace=False):
    """Same value and same gradient as torch.nn.functional.elu (in place on a non-leaf copy)."""
    ours_in = x.clone().requires_grad_()
    ref_in = x.clone().requires_grad_()
    ours = elu(ours_in * 1 if inplace else ours_in, alpha, inplace)
    ref = F.elu(ref_in * 1 if inplace else ref_in, alpha, inplace)
    ours.sum().backward()
    ref.sum().backward()
    return torch.allclose(ours, ref, equal_nan=True) and torch.allclose(ours_in.grad, ref_in.grad, equal_nan=True)


x = torch.linspace(-6, 6, 121, dtype=torch.float64)
print([agrees(x, alpha) for alpha in (1.0, 0.5, 2.0, 0.0, -1.0)], agrees(x, 0.5, inplace=True))
#> [True, True, True, True, True] True
print(agrees(torch.tensor(-1.5)), agrees(torch.empty(0)), agrees(torch.linspace(-3, 3, 24).reshape(2, 3, 4)))
#> True True True
special = torch.tensor([float("-inf"), -1000.0, float("nan"), 0.0, 1000.0, float("inf")], dtype=torch.float64)
print(agrees(special), agrees(special, 2.0), agrees(special, inplace=True))
#> True True True
