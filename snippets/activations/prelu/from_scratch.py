import torch
import torch.nn.functional as F


def prelu(input, weight):
    # The checks of PyTorch, in its order.
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

    if weight.numel() == 1:
        a = weight.reshape(())  # one slope for every element
    else:
        a = weight.reshape([1, -1] + [1] * (input.dim() - 2))  # (1, C, 1, ..., 1)
    positive = input > 0  # nan is not > 0: it takes the negative branch, as in PyTorch
    # min(0, x) with 0 where x > 0, so that d/da = 0 there even for x = +inf (no 0 * inf)
    negative_part = torch.where(positive, 0, input)
    return torch.where(positive, input, a * negative_part)


def agrees(x, weight):
    """Same value and same gradients (input and weight) as torch.nn.functional.prelu."""
    ours_x, ref_x = x.clone().requires_grad_(), x.clone().requires_grad_()
    ours_w, ref_w = weight.clone().requires_grad_(), weight.clone().requires_grad_()
    ours, ref = prelu(ours_x, ours_w), F.prelu(ref_x, ref_w)
    upstream = torch.linspace(-1, 2, ref.numel(), dtype=ref.dtype).reshape(ref.shape)  # uneven on purpose
    ours.backward(upstream)
    ref.backward(upstream)
    return all(torch.allclose(o, r, equal_nan=True)
               for o, r in [(ours, ref), (ours_x.grad, ref_x.grad), (ours_w.grad, ref_w.grad)])


x = torch.arange(-12, 12, dtype=torch.float64).reshape(2, 3, 4) / 4  # hits the kink 0 exactly
slopes = torch.tensor([0.25, -0.5, 2.0], dtype=torch.float64)
print(agrees(x, slopes), agrees(x, slopes[:1]), agrees(x, torch.tensor(0.1, dtype=torch.float64)))
#> True True True
print(agrees(x.reshape(2, 3, 2, 2), slopes), agrees(x.reshape(6, 4)[:, :3], slopes), agrees(x.flatten(), slopes[:1]))
#> True True True
special = torch.tensor([[float("-inf"), -1e300, -0.0], [float("nan"), 1e300, float("inf")]], dtype=torch.float64)
print(agrees(special, slopes[:1]), agrees(special.T, slopes[1:]), agrees(special, torch.zeros(3, dtype=torch.float64)))
#> True True True
print(agrees(torch.tensor(-0.5), torch.tensor([0.25])), agrees(torch.empty(0, 3), torch.ones(3)))
#> True True
