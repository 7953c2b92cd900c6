import torch
import torch.nn.functional as F

NEGATIVE_INPLACE = (
    "In-place leakyReLu backward calculation is triggered with a negative slope which is not supported. "
    "This is caused by calling in-place forward function with a negative slope, please call out-of-place "
    "version instead. File an issue at https://github.com/pytorch/pytorch if you do require supporting "
    "in-place leakRelu backward calculation with negative slope"
)


def rrelu(input, lower=1.0 / 8, upper=1.0 / 3, training=False, inplace=False):
    if lower > upper:
        raise RuntimeError("Lower bound should be less than or equal to the upper bound")
    if not input.is_floating_point():
        raise NotImplementedError(f"rrelu is not implemented for {input.dtype}")
    if training:
        # One uniform slope in [lower, upper] per element; used where x <= 0 (nan is not: it passes).
        slope = lower + (upper - lower) * torch.rand_like(input)
        result = torch.where(input <= 0, input * slope, input)
    else:
        # A leaky_relu with the mean slope; nan is not > 0, so it takes the slope, as in PyTorch.
        result = torch.where(input > 0, input, input * ((lower + upper) / 2))
    if not inplace:
        return result
    input.copy_(result)
    if not training and (lower + upper) / 2 < 0 and input.requires_grad:
        def refuse(grad):  # PyTorch's in-place leaky_relu cannot go back through a negative slope
            raise RuntimeError(NEGATIVE_INPLACE)

        input.register_hook(refuse)
    return input


def agrees_eval(x, lower, upper):
    """training=False: same value and same gradient as torch.nn.functional.rrelu."""
    ours_in, ref_in = x.clone().requires_grad_(), x.clone().requires_grad_()
    ours, ref = rrelu(ours_in, lower, upper), F.rrelu(ref_in, lower, upper)
    ours.sum().backward()
    ref.sum().backward()
    return torch.allclose(ours, ref, equal_nan=True) and torch.allclose(ours_in.grad, ref_in.grad, equal_nan=True)


def valid_training_draw(fn, x, lower, upper):
    """training=True: the slopes (= gradients on x <= 0) lie in [lower, upper], output = x * slope there,
    and everything else (x > 0, nan) passes unchanged with gradient 1."""
    x = x.clone().requires_grad_()
    out = fn(x, lower, upper, training=True)
    out.sum().backward()
    x, out, slope = x.detach(), out.detach(), x.grad
    neg = x <= 0
    exact = dict(rtol=0, atol=0, equal_nan=True)  # -inf * 0 is nan on both sides
    return bool(((slope[neg] >= lower) & (slope[neg] <= upper)).all()
                and torch.allclose(out[neg], x[neg] * slope[neg], **exact)
                and torch.allclose(out[~neg], x[~neg], **exact)
                and (slope[~neg] == 1).all())


x = torch.arange(-12, 13, dtype=torch.float64) / 4  # -3, -2.75, ..., 3: hits the kink 0 exactly
special = torch.tensor([float("-inf"), -1e300, -0.0, float("nan"), 1e300, float("inf")], dtype=torch.float64)
bounds = [(1 / 8, 1 / 3), (0.0, 0.0), (0.2, 0.2), (-0.5, 0.5), (1.0, 3.0)]
print(all(agrees_eval(t, lo, up) for t in (x, special, x[1:].reshape(2, 3, 4)) for lo, up in bounds))
#> True
print(agrees_eval(torch.tensor(-0.5), 1 / 8, 1 / 3), agrees_eval(torch.empty(0), 1 / 8, 1 / 3))
#> True True

torch.manual_seed(0)
print(all(valid_training_draw(fn, t, lo, up) for fn in (rrelu, F.rrelu) for t in (x, special) for lo, up in bounds))
#> True

a = x.clone()
print(rrelu(a, inplace=True) is a, torch.equal(a, F.rrelu(x)))
#> True True
