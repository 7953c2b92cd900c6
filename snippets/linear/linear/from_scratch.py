import torch
import torch.nn.functional as F


def linear(input, weight, bias=None):
    if input.dim() == 0 or weight.dim() == 0:  # there is no feature dimension to sum over
        raise RuntimeError(
            "both arguments to linear need to be at least 1D, "
            f"but they are {input.dim()}D and {weight.dim()}D"
        )
    if weight.dim() == 1:  # one output without a dimension of its own: y = x . w
        output = (input * weight).sum(-1)
    else:  # y[..., o] = sum_i x[..., i] * A[o, i]: every row of A against every input vector
        output = (input.unsqueeze(-2) * weight).sum(-1)
    if bias is not None:
        output = output + bias  # broadcast over the leading dimensions
    return output


# The example of the page: 2 samples, 3 features in, 2 out.
x = torch.tensor([[1.0, 0.0, -1.0], [2.0, 1.0, 0.0]], requires_grad=True)
W = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
b = torch.tensor([0.5, -0.5], requires_grad=True)
print(linear(x, W, b).detach(), F.linear(x, W, b).detach(), sep="\n")
#> tensor([[-1.5000, -2.5000],
#>         [ 4.5000, 12.5000]])
#> tensor([[-1.5000, -2.5000],
#>         [ 4.5000, 12.5000]])

# Gradients of the summed output (upstream gradient all ones): dL/dA = g^T x, from both.
mine = torch.autograd.grad(linear(x, W, b).sum(), (x, W, b))
theirs = torch.autograd.grad(F.linear(x, W, b).sum(), (x, W, b))
print(mine[1], theirs[1], sep="\n")
#> tensor([[ 3.,  1., -1.],
#>         [ 3.,  1., -1.]])
#> tensor([[ 3.,  1., -1.],
#>         [ 3.,  1., -1.]])
