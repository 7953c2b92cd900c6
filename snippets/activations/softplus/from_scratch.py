import torch
import torch.nn.functional as F


def softplus(input, beta=1, threshold=20):
    # As in PyTorch, float16 and bfloat16 are computed in float32 (exp(12) overflows float16).
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


# Values in float64 for beta = 1 and beta = 2: ours (first row), then PyTorch's.
x = torch.tensor([-1.0, 0.0, 1.0, 12.0], dtype=torch.float64, requires_grad=True)
for beta in (1, 2):
    print(torch.stack([softplus(x, beta), F.softplus(x, beta)]).detach())
    #> tensor([[ 0.3133,  0.6931,  1.3133, 12.0000],
    #>         [ 0.3133,  0.6931,  1.3133, 12.0000]], dtype=torch.float64)
    #> tensor([[ 0.0635,  0.3466,  1.0635, 12.0000],
    #>         [ 0.0635,  0.3466,  1.0635, 12.0000]], dtype=torch.float64)

# The gradient is sigmoid(beta * x), and exactly 1 in the linear regime: 2 * 12 > threshold = 20.
mine, = torch.autograd.grad(softplus(x, beta=2).sum(), x)
theirs, = torch.autograd.grad(F.softplus(x, beta=2).sum(), x)
print(torch.stack([mine, theirs]))
#> tensor([[0.1192, 0.5000, 0.8808, 1.0000],
#>         [0.1192, 0.5000, 0.8808, 1.0000]], dtype=torch.float64)
