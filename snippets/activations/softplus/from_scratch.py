import torch
import torch.nn.functional as F


def softplus(input, beta=1, threshold=20):
    # As in PyTorch, half and bfloat16 are computed in float32 (exp(12) overflows float16).
    x = input.to(torch.promote_types(input.dtype, torch.float32))
    scaled = x * beta
    linear = scaled > threshold
    # exp() never sees the entries of the linear regime: an overflow there would turn into
    # a nan gradient even though where() discards the value.
    smooth = torch.log1p(torch.exp(torch.where(linear, 0, scaled))) / beta
    if beta == 0:
        # The value is log(2) / 0 = inf, yet PyTorch reports the gradient sigmoid(0 * x) = 1/2;
        # autograd through "/ beta" would give inf * 0 = nan. Attach that gradient explicitly.
        z = torch.exp(scaled).detach()
        smooth = smooth.detach() + z / (1 + z) * (x - x.detach())
    return torch.where(linear, x, smooth).to(input.dtype)


def agrees(x, **kwargs):
    """Same value and same gradient as torch.nn.functional.softplus."""
    ours_in = x.clone().requires_grad_()
    ref_in = x.clone().requires_grad_()
    ours = softplus(ours_in, **kwargs)
    ref = F.softplus(ref_in, **kwargs)
    ours.sum().backward()
    ref.sum().backward()
    return torch.allclose(ours, ref, equal_nan=True) and torch.allclose(ours_in.grad, ref_in.grad, equal_nan=True)


x = torch.linspace(-40, 40, 161, dtype=torch.float64)
print(agrees(x), agrees(x, beta=2), agrees(x, beta=0.5, threshold=5), agrees(x, beta=-1))
#> True True True True
print(agrees(torch.tensor(0.0)), agrees(torch.empty(0)))
#> True True
special = torch.tensor([float("-inf"), -1000.0, float("nan"), 1000.0, float("inf")], dtype=torch.float64)
print(agrees(special), agrees(special, beta=0), agrees(special, threshold=1000))
#> True True True

# float16: exp(12) overflows, yet softplus(12) is fine, because it is computed in float32.
h = torch.tensor([12.0], dtype=torch.float16)
print(torch.exp(h), F.softplus(h), softplus(h))
#> tensor([inf], dtype=torch.float16) tensor([12.], dtype=torch.float16) tensor([12.], dtype=torch.float16)
