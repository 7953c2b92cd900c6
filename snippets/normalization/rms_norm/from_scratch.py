import torch
import torch.nn.functional as F


def rms_norm(input, normalized_shape, weight=None, eps=None):
    # torch's checks and messages: normalized_shape names the last dimensions.
    shape = list(normalized_shape)
    if not shape:
        raise RuntimeError("Expected normalized_shape to be at least 1-dimensional, i.e., containing at "
                           f"least one element, but got normalized_shape = {shape}")
    if list(input.shape[-len(shape):]) != shape or input.dim() < len(shape):
        raise RuntimeError(f"Given normalized_shape={shape}, expected input with shape "
                           f"[*{', '.join(map(str, shape))}], but got input of size{list(input.shape)}")
    # float16 and bfloat16 are computed in float32, float64 in float64; the default eps is that type's.
    compute = torch.float64 if input.dtype == torch.float64 else torch.float32
    if eps is None:
        eps = torch.finfo(compute).eps
    x = input.to(compute)
    dims = tuple(range(-len(shape), 0))  # the last len(normalized_shape) dimensions
    out = x * torch.rsqrt((x * x).mean(dim=dims, keepdim=True) + eps)  # no mean is subtracted
    if weight is not None:  # one weight per element, and no bias
        out = out * weight
    return out.to(input.dtype)


# The example of the page, with a weight.
x = torch.tensor([[1.0, 2.0, 3.0, 4.0], [-1.0, 1.0, -1.0, 1.0]])
weight = torch.tensor([1.0, 0.5, 2.0, -1.0])
print(rms_norm(x, [4], weight), F.rms_norm(x, [4], weight), sep="\n")
#> tensor([[ 0.3651,  0.3651,  2.1909, -1.4606],
#>         [-1.0000,  0.5000, -2.0000, -1.0000]])
#> tensor([[ 0.3651,  0.3651,  2.1909, -1.4606],
#>         [-1.0000,  0.5000, -2.0000, -1.0000]])

# mean(x^2) = 1e-6: the default eps of float32 shows, and float16 uses float32's eps too.
tiny = torch.tensor([1e-3, -1e-3])
print(rms_norm(tiny, [2]), F.rms_norm(tiny, [2]))
#> tensor([ 0.9452, -0.9452]) tensor([ 0.9452, -0.9452])
print(rms_norm(tiny.half(), [2]), F.rms_norm(tiny.half(), [2]))
#> tensor([ 0.9453, -0.9453], dtype=torch.float16) tensor([ 0.9453, -0.9453], dtype=torch.float16)
