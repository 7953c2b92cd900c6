import torch
import torch.nn.functional as F


def layer_norm(input, normalized_shape, weight=None, bias=None, eps=1e-5):
    shape = list(normalized_shape)
    if not shape:
        raise RuntimeError("Expected normalized_shape to be at least 1-dimensional, i.e., containing at "
                           f"least one element, but got normalized_shape = {shape}")
    if list(input.shape[-len(shape):]) != shape or input.dim() < len(shape):
        raise RuntimeError(f"Given normalized_shape={shape}, expected input with shape "
                           f"[*, {', '.join(map(str, shape))}], but got input of size{list(input.shape)}")
    for name, param in (("weight", weight), ("bias", bias)):
        if param is not None and list(param.shape) != shape:
            raise RuntimeError(f"Expected {name} to be of same shape as normalized_shape, but got "
                               f"{name} of shape {list(param.shape)} and normalized_shape = {shape}")
    dims = tuple(range(-len(shape), 0))  # the last len(normalized_shape) dimensions
    # Shift each slice by its first element first: a constant slice then centers to exact zeros,
    # as in torch (with eps=0 it gives 0/0 = nan, not rounding noise divided by rounding noise).
    shifted = input - input[(...,) + (slice(0, 1),) * len(shape)]
    centered = shifted - shifted.mean(dim=dims, keepdim=True)
    var = (centered * centered).mean(dim=dims, keepdim=True)  # biased: divides by the element count
    out = centered / torch.sqrt(var + eps)  # not * rsqrt: its derivative var**-1.5 overflows for tiny var
    if weight is not None:
        out = out * weight
    if bias is not None:
        out = out + bias
    return out


def agrees(x, normalized_shape, weight=None, bias=None, eps=1e-5):
    """Same value and same gradients (input, weight, bias) as torch.nn.functional.layer_norm."""
    results = []
    for fn in (layer_norm, F.layer_norm):
        leaves = [t.clone().requires_grad_() if t is not None else None for t in (x, weight, bias)]
        out = fn(leaves[0], normalized_shape, leaves[1], leaves[2], eps)
        upstream = torch.linspace(-1, 1, out.numel(), dtype=out.dtype).reshape(out.shape)
        out.backward(upstream)
        results.append([out] + [leaf.grad for leaf in leaves if leaf is not None])
    return all(torch.allclose(a, b, equal_nan=True) for a, b in zip(*results))


torch.manual_seed(0)
x = torch.randn(2, 3, 4, dtype=torch.float64) * 3 + 1
w, b = torch.randn(4, dtype=torch.float64), torch.randn(4, dtype=torch.float64)
print(agrees(x, [4]), agrees(x, [4], w, b), agrees(x, [4], w, None, eps=0.1))
#> True True True
w2, b2 = torch.randn(3, 4, dtype=torch.float64), torch.randn(3, 4, dtype=torch.float64)
print(agrees(x, [3, 4], w2, b2), agrees(x, [2, 3, 4]), agrees(torch.empty(0, 4, dtype=torch.float64), [4], w, b))
#> True True True
special = torch.tensor([[1.0, 2.0, 3.0], [1.0, float("nan"), 3.0], [1.0, float("inf"), 3.0], [5.0, 5.0, 5.0]],
                       dtype=torch.float64)
print(agrees(special, [3]))
#> True
# Twelve equal values: their plain mean is not exactly 0.1 in floating point; with eps=0 that shows.
print(sum([0.1] * 12) / 12 == 0.1, agrees(torch.full((2, 3, 4), 0.1, dtype=torch.float64), [3, 4], eps=0.0))
#> False True
