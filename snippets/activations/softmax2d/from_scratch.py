import torch
import torch.nn as nn

# torch.nn.functional has no softmax2d: this is what nn.Softmax2d computes, written as a function.


def softmax2d(input):
    if input.dim() not in (3, 4):
        raise ValueError(f"Softmax2d: expected input to be 3D or 4D, got {input.dim()}D instead")
    if input.numel() == 0:
        return input.clone()
    # softmax over the channel dim -3, stabilised by the channel maximum
    shifted = input - input.amax(-3, keepdim=True).detach()
    exp = shifted.exp()
    return exp / exp.sum(-3, keepdim=True)


def agrees(x):
    """Same value and same gradient as torch.nn.Softmax2d."""
    ours_in = x.clone().requires_grad_()
    ref_in = x.clone().requires_grad_()
    ours = softmax2d(ours_in)
    ref = nn.Softmax2d()(ref_in)
    upstream = torch.linspace(-1, 2, ours.numel(), dtype=ours.dtype).reshape(ours.shape)  # uneven, not all-ones
    ours.backward(upstream)
    ref.backward(upstream)
    return torch.allclose(ours, ref, equal_nan=True) and torch.allclose(ours_in.grad, ref_in.grad, equal_nan=True)


x = torch.linspace(-3, 3, 48, dtype=torch.float64).reshape(2, 3, 2, 4)
print(agrees(x), agrees(x[0]), agrees(1000 * x))
#> True True True
inf, nan = float("inf"), float("nan")
special = torch.tensor([[[0.0, -inf, -inf, nan, inf]],
                        [[0.0, 0.0, -inf, 1.0, 1.0]]], dtype=torch.float64)
print(agrees(special), agrees(torch.empty(0, 3, 2, 2, dtype=torch.float64)))
#> True True
try:
    softmax2d(torch.zeros(2, 3))
except ValueError as error:
    print(f"{type(error).__name__}: {error}")
    #> ValueError: Softmax2d: expected input to be 3D or 4D, got 2D instead
