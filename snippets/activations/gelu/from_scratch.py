import math

import torch
import torch.nn.functional as F


def gelu(input, approximate="none"):
    if approximate == "tanh":
        inner = math.sqrt(2 / math.pi) * (input + 0.044715 * input**3)
        return 0.5 * input * (1 + torch.tanh(inner))
    if approximate != "none":
        raise RuntimeError("approximate argument must be either none or tanh.")
    return 0.5 * input * (1 + torch.erf(input / math.sqrt(2)))


def agrees(x, approximate):
    """Same value and same gradient as torch.nn.functional.gelu."""
    ours_in = x.clone().requires_grad_()
    ref_in = x.clone().requires_grad_()
    ours = gelu(ours_in, approximate=approximate)
    ref = F.gelu(ref_in, approximate=approximate)
    ours.sum().backward()
    ref.sum().backward()
    return torch.allclose(ours, ref, equal_nan=True) and torch.allclose(ours_in.grad, ref_in.grad, equal_nan=True)


x = torch.linspace(-6, 6, 121, dtype=torch.float64)
print(agrees(x, "none"), agrees(x, "tanh"))
#> True True
print(agrees(torch.tensor(0.5), "none"), agrees(torch.empty(0), "none"))
#> True True
special = torch.tensor([float("-inf"), -30.0, float("nan"), 30.0, float("inf")], dtype=torch.float64)
print(agrees(special, "none"), agrees(special, "tanh"))
#> True True
