import math

import torch
import torch.nn.functional as F


def gelu(input, approximate="none"):
    if approximate == "none":  # x * Phi(x), with Phi the standard normal CDF
        return 0.5 * input * (1 + torch.erf(input / math.sqrt(2)))
    if approximate == "tanh":  # Phi(x) approximated with a tanh
        inner = math.sqrt(2 / math.pi) * (input + 0.044715 * input**3)
        return 0.5 * input * (1 + torch.tanh(inner))
    raise RuntimeError("approximate argument must be either none or tanh.")


# The five points of the page in float64, both modes: ours, then PyTorch's.
x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0], dtype=torch.float64, requires_grad=True)
for mode in ("none", "tanh"):
    print(torch.stack([gelu(x, mode), F.gelu(x, approximate=mode)]).detach())
    #> tensor([[-0.0040, -0.1587,  0.0000,  0.8413,  2.9960],
    #>         [-0.0040, -0.1587,  0.0000,  0.8413,  2.9960]], dtype=torch.float64)
    #> tensor([[-0.0036, -0.1588,  0.0000,  0.8412,  2.9964],
    #>         [-0.0036, -0.1588,  0.0000,  0.8412,  2.9964]], dtype=torch.float64)

# The gradient Phi(x) + x * phi(x): 0.5 at 0, negative left of the minimum near -0.75.
mine, = torch.autograd.grad(gelu(x).sum(), x)
theirs, = torch.autograd.grad(F.gelu(x).sum(), x)
print(mine, theirs, sep="\n")
#> tensor([-0.0119, -0.0833,  0.5000,  1.0833,  1.0119], dtype=torch.float64)
#> tensor([-0.0119, -0.0833,  0.5000,  1.0833,  1.0119], dtype=torch.float64)
