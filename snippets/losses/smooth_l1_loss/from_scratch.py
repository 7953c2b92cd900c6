import warnings

import torch
import torch.nn.functional as F


def _legacy_reduction(size_average, reduce):
    size_average = True if size_average is None else size_average
    reduce = True if reduce is None else reduce
    reduction = "mean" if size_average and reduce else "sum" if reduce else "none"
    warnings.warn(f"size_average and reduce args will be deprecated, please use reduction='{reduction}' instead.")
    return reduction


def smooth_l1_loss(input, target, size_average=None, reduce=None, reduction="mean", beta=1.0):
    if target.shape != input.shape:
        warnings.warn(f"Using a target size ({target.shape}) that is different to the input size "
                      f"({input.shape}). This will likely lead to incorrect results due to "
                      "broadcasting. Please ensure they have the same size.")
    if size_average is not None or reduce is not None:
        reduction = _legacy_reduction(size_average, reduce)
    if reduction not in ("none", "mean", "sum"):
        raise ValueError(f"{reduction} is not a valid value for reduction")
    if beta < 0:
        raise RuntimeError("smooth_l1_loss does not support negative values for beta.")
    diff = input - target  # broadcasts like torch does
    abs_diff = diff.abs()
    if beta == 0:
        loss = abs_diff  # plain L1; also avoids 0 / 0 in the unused quadratic branch
    else:
        small = abs_diff < beta
        quad_diff = torch.where(small, diff, 0.0)  # an infinite error must not reach the unused branch's gradient
        loss = torch.where(small, 0.5 * quad_diff * quad_diff / beta, abs_diff - 0.5 * beta)
    if reduction == "mean":
        return loss.sum() / loss.numel()
    return loss.sum() if reduction == "sum" else loss


def agrees(input, target, **kwargs):
    """Same value and same input and target gradients as torch.nn.functional.smooth_l1_loss."""
    ours_in, ours_t = input.clone().requires_grad_(), target.clone().requires_grad_()
    ref_in, ref_t = input.clone().requires_grad_(), target.clone().requires_grad_()
    ours = smooth_l1_loss(ours_in, ours_t, **kwargs)
    ref = F.smooth_l1_loss(ref_in, ref_t, **kwargs)
    ours.sum().backward()
    ref.sum().backward()
    return (torch.allclose(ours, ref) and torch.allclose(ours_in.grad, ref_in.grad)
            and torch.allclose(ours_t.grad, ref_t.grad))


# errors of 0, +-0.25, +-0.5 (= a switch point), 1 and 3
x = torch.tensor([[0.5, 0.25, -2.0],
                  [0.5, 3.0, 1.0]])
y = torch.tensor([[0.5, 0.0, -1.0],
                  [0.0, 0.0, 1.5]])

for reduction in ["none", "sum", "mean"]:
    print(reduction, *[
        agrees(x, y, reduction=reduction, beta=beta)
        and agrees(x[1, 1], y[1, 1], reduction=reduction, beta=beta)    # scalar ()
        and agrees(x.reshape(1, 2, 3), y.reshape(1, 2, 3), reduction=reduction, beta=beta)
        for beta in [1.0, 0.5, 2.0, 0.0]])
    #> none True True True True
    #> sum True True True True
    #> mean True True True True

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(agrees(x, y, size_average=False), agrees(x, y, reduce=False, beta=0.5),
          agrees(x[:, :1], y[0], reduction="sum"))  # legacy arguments; broadcasting (2, 1) with (3,)
    #> True True True
