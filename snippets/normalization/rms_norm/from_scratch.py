import torch
import torch.nn.functional as F


def rms_norm(input, normalized_shape, weight=None, eps=None):
    shape = list(normalized_shape)
    if not shape:
        raise RuntimeError("Expected normalized_shape to be at least 1-dimensional, i.e., containing at "
                           f"least one element, but got normalized_shape = {shape}")
    if list(input.shape[-len(shape):]) != shape or input.dim() < len(shape):
        raise RuntimeError(f"Given normalized_shape={shape}, expected input with shape "
                           f"[*{', '.join(map(str, shape))}], but got input of size{list(input.shape)}")
    # float16 and bfloat16 are computed in float32 ("opmath"), float64 in float64.
    compute = torch.float64 if input.dtype == torch.float64 else torch.float32
    if eps is None:
        eps = torch.finfo(compute).eps
    x = input.to(compute)
    dims = tuple(range(-len(shape), 0))
    out = x * torch.rsqrt((x * x).mean(dim=dims, keepdim=True) + eps)
    if weight is not None:
        out = out * weight
    return out.to(input.dtype)


def agrees(x, normalized_shape, weight=None, eps=None):
    """Same value and same gradients (input, weight) as torch.nn.functional.rms_norm."""
    results = []
    for fn in (rms_norm, F.rms_norm):
        leaves = [t.clone().requires_grad_() if t is not None else None for t in (x, weight)]
        out = fn(leaves[0], normalized_shape, leaves[1], eps)
        upstream = torch.linspace(-1, 1, out.numel(), dtype=out.dtype).reshape(out.shape)
        out.backward(upstream)
        results.append([out] + [leaf.grad for leaf in leaves if leaf is not None])
    return all(torch.allclose(a, b, equal_nan=True) for a, b in zip(*results))


torch.manual_seed(0)
x = torch.randn(2, 3, 4, dtype=torch.float64) * 3 + 1
w = torch.randn(4, dtype=torch.float64)
print(agrees(x, [4]), agrees(x, [4], w), agrees(x, [4], w, eps=0.1), agrees(x, [3, 4], torch.randn(3, 4).double()))
#> True True True True
tiny = torch.tensor([[1e-3, -1e-3]])  # float32, where the default eps shows
print(agrees(tiny, [2]), agrees(tiny.double(), [2]), agrees(torch.empty(0, 4, dtype=torch.float64), [4], w))
#> True True True
special = torch.tensor([[0.0, 0.0, 0.0], [1.0, float("nan"), 3.0], [1.0, float("inf"), 3.0]], dtype=torch.float64)
print(agrees(special, [3]))
#> True
