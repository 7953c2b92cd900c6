import torch
import torch.nn.functional as F


def prelu(input, weight):
    # PyTorch's checks, in its order.
    if input.dtype != weight.dtype:
        raise RuntimeError(f"prelu: Type promoting not supported. Got {input.dtype} and {weight.dtype}")
    if weight.numel() != 1:
        if input.dim() == 0:
            raise RuntimeError("Not allow zero-dim input tensor.")
        channels = input.shape[1] if input.dim() > 1 else 1  # dim 1 is the channel dimension
        if weight.numel() != channels:
            raise RuntimeError(
                "Mismatch of parameter numbers and input channel size. "
                f"Found parameter numbers = {weight.numel()} and channel size = {channels}."
            )
    if weight.dim() > 1:
        raise RuntimeError(f"prelu: Expected `weight` to be a scalar or 1D tensor, but got: ndim = {weight.dim()}")
    if not input.is_floating_point():
        raise NotImplementedError(f"prelu is not implemented for {input.dtype}")

    # One slope for everything, or slope c broadcast along dim 1 as (1, C, 1, ..., 1).
    a = weight.reshape(()) if weight.numel() == 1 else weight.reshape([1, -1] + [1] * (input.dim() - 2))
    positive = input > 0  # the kink 0 and nan (not > 0) take the slope side, as in PyTorch
    # min(0, x), with 0 where x > 0: then d/da is 0 there even for x = +inf (no 0 * inf = nan)
    negative_part = torch.where(positive, 0, input)
    return torch.where(positive, input, a * negative_part)


# The page's example: N=2, C=2, L=2 with slopes 0.25 and 0.1.
x = torch.tensor([[[-2.0, 1.0], [0.0, -1.0]],
                  [[-0.5, 3.0], [-4.0, 2.0]]])
a = torch.tensor([0.25, 0.1], requires_grad=True)
ours, theirs = prelu(x, a), F.prelu(x, a)
print(ours[0].detach(), theirs[0].detach(), sep="\n")
#> tensor([[-0.5000,  1.0000],
#>         [ 0.0000, -0.1000]])
#> tensor([[-0.5000,  1.0000],
#>         [ 0.0000, -0.1000]])
# d/da_c: the sum of min(0, x) over channel c, from both.
print(*torch.autograd.grad(ours.sum(), a), *torch.autograd.grad(theirs.sum(), a))
#> tensor([-2.5000, -5.0000]) tensor([-2.5000, -5.0000])
