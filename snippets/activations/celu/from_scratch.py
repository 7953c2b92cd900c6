import torch
import torch.nn.functional as F


def _celu(x, alpha):
    # clamp(max=0): the exponential branch cannot overflow where it is not taken (x > 0).
    # PyTorch multiplies by 1 / alpha rather than dividing: the same rounding, even after exp.
    negative = alpha * torch.expm1(x.clamp(max=0) * (1 / alpha))
    # x <= 0 takes the exponential branch; nan falls through to the linear one (gradient 1).
    return torch.where(x <= 0, negative, x)


def _refuse_backward(grad):
    raise RuntimeError(
        "In-place elu backward calculation is triggered with a negative slope which is not supported. "
        "This is caused by calling in-place forward function with a negative slope, "
        "please call out-of-place version instead."
    )


def celu(input, alpha=1.0, inplace=False):
    if alpha == 0:
        raise RuntimeError("ZeroDivisionError: alpha cannot be 0 for CELU")
    if not inplace:
        return _celu(input, alpha)
    # In place: compute from a copy, then overwrite the caller's tensor; autograd follows the copy.
    out = input.copy_(_celu(input.clone(), alpha))
    if alpha < 0 and out.requires_grad:
        out.register_hook(_refuse_backward)  # PyTorch refuses this backward too (see Pitfalls)
    return out


# Values and gradients with alpha = 2: ours (first row), then PyTorch's.
x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0], requires_grad=True)
print(torch.stack([celu(x, 2.0), F.celu(x, 2.0)]).detach())
#> tensor([[-1.5537, -0.7869,  0.0000,  1.0000,  3.0000],
#>         [-1.5537, -0.7869,  0.0000,  1.0000,  3.0000]])
mine, = torch.autograd.grad(celu(x, 2.0).sum(), x)
theirs, = torch.autograd.grad(F.celu(x, 2.0).sum(), x)
print(torch.stack([mine, theirs]))  # exp(x / alpha) for x <= 0, so 1 on both sides of 0
#> tensor([[0.2231, 0.6065, 1.0000, 1.0000, 1.0000],
#>         [0.2231, 0.6065, 1.0000, 1.0000, 1.0000]])
