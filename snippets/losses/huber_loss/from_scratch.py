import warnings

import torch
import torch.nn.functional as F


def huber_loss(input, target, reduction="mean", delta=1.0, weight=None):
    if target.shape != input.shape:
        warnings.warn(f"Using a target size ({target.shape}) that is different to the input size "
                      f"({input.shape}). This will likely lead to incorrect results due to "
                      "broadcasting. Please ensure they have the same size.")
    if reduction not in ("none", "mean", "sum"):
        raise ValueError(f"{reduction} is not a valid value for reduction")
    if delta <= 0:
        raise RuntimeError("huber_loss does not support non-positive values for delta.")
    diff = input - target  # broadcasts like torch does
    abs_diff = diff.abs()
    small = abs_diff < delta
    quad_diff = torch.where(small, diff, 0.0)  # an infinite error must not reach the unused branch's gradient
    loss = torch.where(small, 0.5 * quad_diff * quad_diff, delta * (abs_diff - 0.5 * delta))
    if weight is not None:
        if weight.shape != input.shape:
            raise ValueError("Weights and input must have the same size.")
        loss = loss * weight  # and 'mean' still divides by the element count
    if reduction == "mean":
        return loss.sum() / loss.numel()
    return loss.sum() if reduction == "sum" else loss


def agrees(input, target, **kwargs):
    """Same value and same input and target gradients as torch.nn.functional.huber_loss."""
    ours_in, ours_t = input.clone().requires_grad_(), target.clone().requires_grad_()
    ref_in, ref_t = input.clone().requires_grad_(), target.clone().requires_grad_()
    ours = huber_loss(ours_in, ours_t, **kwargs)
    ref = F.huber_loss(ref_in, ref_t, **kwargs)
    ours.sum().backward()
    ref.sum().backward()
    return (torch.allclose(ours, ref) and torch.allclose(ours_in.grad, ref_in.grad)
            and torch.allclose(ours_t.grad, ref_t.grad))


# errors of 0, +-0.25, +-0.5 (= a switch point), 1 and 3
x = torch.tensor([[0.5, 0.25, -2.0],
                  [0.5, 3.0, 1.0]])
y = torch.tensor([[0.5, 0.0, -1.0],
                  [0.0, 0.0, 1.5]])
w = torch.tensor([[1.0, 0.0, 2.0],
                  [0.5, 1.0, 1.0]])

for reduction in ["none", "sum", "mean"]:
    print(reduction, *[
        agrees(x, y, reduction=reduction, delta=delta)
        and agrees(x[1, 1], y[1, 1], reduction=reduction, delta=delta)    # scalar ()
        and agrees(x.reshape(1, 2, 3), y.reshape(1, 2, 3), reduction=reduction, delta=delta)
        and agrees(x, y, reduction=reduction, delta=delta, weight=w)
        for delta in [1.0, 0.5, 2.0]])
    #> none True True True
    #> sum True True True
    #> mean True True True

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(agrees(x[:, :1], y[0], reduction="sum"))  # broadcasting (2, 1) with (3,)
    #> True
