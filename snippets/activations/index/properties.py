import torch
import torch.nn.functional as F

# Every element-wise activation with its default arguments, PReLU with its initial weight 0.25
# and RReLU in eval mode. Threshold has no defaults: two settings. ELU and CELU also with alpha=2.
activations = {
    "Threshold(1, 0)": lambda t: F.threshold(t, 1.0, 0.0),
    "Threshold(0.1, 10)": lambda t: F.threshold(t, 0.1, 10.0),
    "ReLU": lambda t: F.relu(t),
    "RReLU": lambda t: F.rrelu(t, training=False),
    "Hardtanh": lambda t: F.hardtanh(t),
    "ReLU6": lambda t: F.relu6(t),
    "Sigmoid": torch.sigmoid,
    "Hardsigmoid": lambda t: F.hardsigmoid(t),
    "Tanh": torch.tanh,
    "SiLU": lambda t: F.silu(t),
    "Mish": lambda t: F.mish(t),
    "Hardswish": lambda t: F.hardswish(t),
    "ELU": lambda t: F.elu(t),
    "CELU": lambda t: F.celu(t),
    "ELU(alpha=2)": lambda t: F.elu(t, alpha=2.0),
    "CELU(alpha=2)": lambda t: F.celu(t, alpha=2.0),
    "SELU": lambda t: F.selu(t),
    "GELU": lambda t: F.gelu(t),
    "Hardshrink": lambda t: F.hardshrink(t),
    "LeakyReLU": lambda t: F.leaky_relu(t),
    "LogSigmoid": lambda t: F.logsigmoid(t),
    "Softplus": lambda t: F.softplus(t),
    "Softshrink": lambda t: F.softshrink(t),
    "PReLU": lambda t: F.prelu(t, torch.tensor([0.25], dtype=t.dtype)),
    "Softsign": lambda t: F.softsign(t),
    "Tanhshrink": lambda t: F.tanhshrink(t),
}


def derivatives(fn, x):
    """f and f' (autograd) on the grid x, and f'' as the difference quotient of f'."""
    x = x.clone().requires_grad_()
    y = fn(x)
    (d1,) = torch.autograd.grad(y.sum(), x)
    return y.detach(), d1, d1.diff() / x.diff()


def largest_step(values):
    return values.diff().abs().max().item()


def smoothness(fn):
    """The largest change between neighboring grid points shrinks about tenfold with the step
    when the quantity is continuous, and stays put where it jumps. The first that jumps is named."""
    coarse = derivatives(fn, torch.linspace(-8, 8, 1601, dtype=torch.float64))  # step 0.01
    fine = derivatives(fn, torch.linspace(-8, 8, 16001, dtype=torch.float64))   # step 0.001
    for name, c, f in zip(["f jumps", "f' jumps", "f'' jumps"], coarse, fine):
        if largest_step(f) > 1e-6 and largest_step(f) > 0.5 * largest_step(c):
            return name
    return "smooth"


near = torch.linspace(-10, 10, 20001, dtype=torch.float64)    # step 0.001
tail = torch.logspace(1, 6, 501, dtype=torch.float64)          # 10 ... 1e6
wide = torch.cat([-tail.flip(0), near, tail])                    # sorted, |x| <= 1e6
print(f"{'':18} {'min':>8} {'max':>7}  {'monotone':15} smoothness")
#>                         min     max  monotone        smoothness
for name, fn in activations.items():
    y, y_narrow = fn(wide), fn(wide[wide.abs() <= 1e3])
    # unbounded: the extreme still moves by more than 1 when the grid widens from |x| <= 1e3 to 1e6
    low = "-inf" if y.min() < y_narrow.min() - 1 else f"{y.min().item():.4f}"
    high = "inf" if y.max() > y_narrow.max() + 1 else f"{y.max().item():.4f}"
    if (fn(near).diff() > 0).all():
        monotone = "increasing"
    elif (y.diff() >= 0).all():
        monotone = "non-decreasing"  # flat somewhere
    else:
        monotone = "no"
    print(f"{name:18} {low:>8} {high:>7}  {monotone:15} {smoothness(fn)}")
    #> Threshold(1, 0)      0.0000     inf  non-decreasing  f jumps
    #> Threshold(0.1, 10)   0.1010     inf  no              f jumps
    #> ReLU                 0.0000     inf  non-decreasing  f' jumps
    #> RReLU                  -inf     inf  increasing      f' jumps
    #> Hardtanh            -1.0000  1.0000  non-decreasing  f' jumps
    #> ReLU6                0.0000  6.0000  non-decreasing  f' jumps
    #> Sigmoid              0.0000  1.0000  increasing      smooth
    #> Hardsigmoid          0.0000  1.0000  non-decreasing  f' jumps
    #> Tanh                -1.0000  1.0000  increasing      smooth
    #> SiLU                -0.2785     inf  no              smooth
    #> Mish                -0.3088     inf  no              smooth
    #> Hardswish           -0.3750     inf  no              f' jumps
    #> ELU                 -1.0000     inf  increasing      f'' jumps
    #> CELU                -1.0000     inf  increasing      f'' jumps
    #> ELU(alpha=2)        -2.0000     inf  increasing      f' jumps
    #> CELU(alpha=2)       -2.0000     inf  increasing      f'' jumps
    #> SELU                -1.7581     inf  increasing      f' jumps
    #> GELU                -0.1700     inf  no              smooth
    #> Hardshrink             -inf     inf  non-decreasing  f jumps
    #> LeakyReLU              -inf     inf  increasing      f' jumps
    #> LogSigmoid             -inf  0.0000  increasing      smooth
    #> Softplus             0.0000     inf  increasing      smooth
    #> Softshrink             -inf     inf  non-decreasing  f' jumps
    #> PReLU                  -inf     inf  increasing      f' jumps
    #> Softsign            -1.0000  1.0000  increasing      f'' jumps
    #> Tanhshrink             -inf     inf  increasing      smooth

# The dips of the four non-monotone ones: where the minimum lies on the grid, and its value.
for name in ["SiLU", "Mish", "Hardswish", "GELU"]:
    y = activations[name](near)
    print(f"{name:10} x = {near[y.argmin()].item():.3f}  min = {y.min().item():.5g}")
    #> SiLU       x = -1.278  min = -0.27846
    #> Mish       x = -1.192  min = -0.30884
    #> Hardswish  x = -1.500  min = -0.375
    #> GELU       x = -0.752  min = -0.16997

# In floating point the open ends of (0, 1), (-1, 1), (0, inf) and (-1, inf) are reached exactly.
big = torch.tensor([-1e6, 1e6], dtype=torch.float64)
print(torch.sigmoid(big).tolist(), torch.tanh(big).tolist(), F.softplus(big)[0].item(), F.elu(big)[0].item())
#> [0.0, 1.0] [-1.0, 1.0] 0.0 -1.0
