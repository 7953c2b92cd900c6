# snippet-devices: cpu  (the vector blocks and the scalar tail belong to the CPU kernels)
import torch
import torch.nn.functional as F


def grad_at_nan(fn, n):
    """The gradients at the first and at the last of n nan inputs (float32)."""
    x = torch.full((n,), float("nan"), requires_grad=True)
    fn(x).sum().backward()
    return f"{x.grad[0].item():.4g}, {x.grad[-1].item():.4g}"


# 3 nans: all in the scalar tail. 65 nans: the first 64 in whole vector blocks, the last in the tail.
for fn in [F.hardtanh, F.relu6, F.hardshrink, F.softshrink, F.hardswish, F.elu, F.celu, F.selu]:
    print(f"{fn.__name__:10}  3 nans: {grad_at_nan(fn, 3):12}  65 nans: {grad_at_nan(fn, 65)}")
    #> hardtanh    3 nans: 1, 1          65 nans: 0, 1
    #> relu6       3 nans: 1, 1          65 nans: 0, 1
    #> hardshrink  3 nans: 1, 1          65 nans: 0, 1
    #> softshrink  3 nans: 1, 1          65 nans: 0, 1
    #> hardswish   3 nans: 1, 1          65 nans: nan, 1
    #> elu         3 nans: 1, 1          65 nans: nan, 1
    #> celu        3 nans: 1, 1          65 nans: nan, 1
    #> selu        3 nans: 1.051, 1.051  65 nans: nan, 1.051
