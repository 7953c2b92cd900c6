import torch
import torch.nn.functional as F


def layer_norm(input, normalized_shape, weight=None, bias=None, eps=1e-5):
    # torch's checks and messages: normalized_shape names the last dimensions, weight and bias have its shape.
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
    # Shift each slice by its first element first: a constant slice then centers to exact zeros, as in torch.
    shifted = input - input[(...,) + (slice(0, 1),) * len(shape)]
    centered = shifted - shifted.mean(dim=dims, keepdim=True)
    var = (centered * centered).mean(dim=dims, keepdim=True)  # biased: divides by the element count
    out = centered / torch.sqrt(var + eps)
    if weight is not None:  # the affine step is element-wise: one weight and one bias per element
        out = out * weight
    if bias is not None:
        out = out + bias
    return out


# The example of the page: two rows, the second is the first one times 2.
x = torch.tensor([[1.0, 2.0, 3.0, 4.0], [2.0, 4.0, 6.0, 8.0]], requires_grad=True)
weight, bias = torch.tensor([1.0, 2.0, -1.0, 0.5]), torch.tensor([0.0, 10.0, 0.5, 0.0])
print(layer_norm(x, [4], weight, bias), F.layer_norm(x, [4], weight, bias), sep="\n")
#> tensor([[-1.3416,  9.1056,  0.0528,  0.6708],
#>         [-1.3416,  9.1056,  0.0528,  0.6708]], grad_fn=<AddBackward0>)
#> tensor([[-1.3416,  9.1056,  0.0528,  0.6708],
#>         [-1.3416,  9.1056,  0.0528,  0.6708]],
#>        grad_fn=<NativeLayerNormBackward0>)

# The gradient of each row sums to 0: adding a constant to a row does not change its output.
upstream = torch.tensor([[1.0, 0.0, -2.0, 0.5], [1.0, 0.0, -2.0, 0.5]])
mine, = torch.autograd.grad(layer_norm(x, [4]), x, upstream)
theirs, = torch.autograd.grad(F.layer_norm(x, [4]), x, upstream)
print(mine[0], theirs[0], sep="\n")
#> tensor([ 0.5367, -0.0447, -1.5205,  1.0286])
#> tensor([ 0.5367, -0.0447, -1.5205,  1.0286])
