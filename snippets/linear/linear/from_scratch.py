import torch
import torch.nn.functional as F


def linear(input, weight, bias=None):
    if input.dim() == 0 or weight.dim() == 0:
        raise RuntimeError(
            "both arguments to linear need to be at least 1D, "
            f"but they are {input.dim()}D and {weight.dim()}D"
        )
    if weight.dim() == 1:  # a single output without its own dimension: y = x . w
        output = (input * weight).sum(-1)
    else:  # y[..., o] = sum_i x[..., i] * A[o, i]
        output = (input.unsqueeze(-2) * weight).sum(-1)
    if bias is not None:
        output = output + bias
    return output


def agrees(input, weight, bias=None):
    """Same value and same gradients (input, weight, bias) as torch.nn.functional.linear."""
    tensors = [t for t in (input, weight, bias) if t is not None]
    ours = [t.clone().requires_grad_() for t in tensors]
    ref = [t.clone().requires_grad_() for t in tensors]
    out_ours, out_ref = linear(*ours), F.linear(*ref)
    upstream = torch.linspace(0.5, 1.5, out_ref.numel(), dtype=out_ref.dtype).reshape(out_ref.shape)
    out_ours.backward(upstream)
    out_ref.backward(upstream)
    same = out_ours.shape == out_ref.shape and torch.allclose(out_ours, out_ref, equal_nan=True)
    return same and all(torch.allclose(o.grad, r.grad, equal_nan=True) for o, r in zip(ours, ref))


torch.manual_seed(0)
W, b = torch.randn(3, 4, dtype=torch.float64), torch.randn(3, dtype=torch.float64)
print(agrees(torch.randn(5, 4, dtype=torch.float64), W, b), agrees(torch.randn(5, 4, dtype=torch.float64), W))
#> True True
# any leading dimensions, a single sample, an empty batch
print(agrees(torch.randn(2, 3, 4, dtype=torch.float64), W, b), agrees(torch.randn(4, dtype=torch.float64), W, b),
      agrees(torch.randn(0, 4, dtype=torch.float64), W, b))
#> True True True
# nan and inf propagate the same way
special = torch.tensor([[float("nan"), 1.0, 2.0, 3.0], [float("inf"), 0.0, -1.0, 1e150]], dtype=torch.float64)
print(agrees(special, W, b))
#> True
