import warnings

import torch
import torch.nn.functional as F


def _legacy_reduction(size_average, reduce):
    size_average = True if size_average is None else size_average
    reduce = True if reduce is None else reduce
    reduction = "mean" if size_average and reduce else "sum" if reduce else "none"
    warnings.warn(f"size_average and reduce args will be deprecated, please use reduction='{reduction}' instead.")
    return reduction


def l1_loss(input, target, size_average=None, reduce=None, reduction="mean", weight=None):
    if target.shape != input.shape:
        warnings.warn(f"Using a target size ({target.shape}) that is different to the input size "
                      f"({input.shape}). This will likely lead to incorrect results due to "
                      "broadcasting. Please ensure they have the same size.")
    if size_average is not None or reduce is not None:
        reduction = _legacy_reduction(size_average, reduce)
    if reduction not in ("none", "mean", "sum"):
        raise ValueError(f"{reduction} is not a valid value for reduction")
    loss = (input - target).abs()  # broadcasts like torch does
    if weight is not None:
        if weight.shape != input.shape:
            raise ValueError("Weights and input must have the same size.")
        loss = loss * weight
        if reduction == "mean":
            return loss.sum() / weight.sum()  # weighted mean: divide by the total weight
    if reduction == "mean":
        return loss.sum() / loss.numel()
    return loss.sum() if reduction == "sum" else loss


def agrees(input, target, **kwargs):
    """Same value and same input and target gradients as torch.nn.functional.l1_loss."""
    ours_in, ours_t = input.clone().requires_grad_(), target.clone().requires_grad_()
    ref_in, ref_t = input.clone().requires_grad_(), target.clone().requires_grad_()
    ours = l1_loss(ours_in, ours_t, **kwargs)
    with torch._C.DisableTorchFunction():  # so that torch honours `weight` (see the pitfalls)
        ref = F.l1_loss(ref_in, ref_t, **kwargs)
    ours.sum().backward()
    ref.sum().backward()
    return (torch.allclose(ours, ref, equal_nan=True) and torch.allclose(ours_in.grad, ref_in.grad)
            and torch.allclose(ours_t.grad, ref_t.grad))


x = torch.tensor([[1.0, 0.0, -2.0],
                  [0.5, 3.0, 1.0]])
y = torch.tensor([[1.0, 1.0, 0.0],
                  [-0.5, 3.0, 2.0]])  # two errors are exactly 0: the kink
w = torch.tensor([[1.0, 0.0, 2.0],
                  [0.5, 1.0, 1.0]])

for reduction in ["none", "sum", "mean"]:
    print(reduction,
          agrees(x, y, reduction=reduction),                    # batched (2, 3)
          agrees(x[0, 0], y[0, 0], reduction=reduction),        # scalar ()
          agrees(x.reshape(1, 2, 3), y.reshape(1, 2, 3), reduction=reduction),
          agrees(x, y, weight=w, reduction=reduction))
    #> none True True True True
    #> sum True True True True
    #> mean True True True True

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(agrees(x, y, size_average=False), agrees(x, y, reduce=False),
          agrees(x[:, :1], y[0], reduction="sum"))  # legacy arguments; broadcasting (2, 1) with (3,)
    #> True True True
