import warnings

import torch
import torch.nn.functional as F


def _legacy_reduction(size_average, reduce):
    size_average = True if size_average is None else size_average
    reduce = True if reduce is None else reduce
    reduction = "mean" if size_average and reduce else "sum" if reduce else "none"
    warnings.warn(f"size_average and reduce args will be deprecated, please use reduction='{reduction}' instead.")
    return reduction


def hinge_embedding_loss(input, target, margin=1.0, size_average=None, reduce=None, reduction="mean"):
    if size_average is not None or reduce is not None:
        reduction = _legacy_reduction(size_average, reduce)
    zeros = torch.zeros_like(input)
    # as in torch: the margin term applies wherever target != 1, the input itself wherever target != -1
    # (so for +1/-1 targets exactly one of them; a target of 0 gets both)
    margin_term = torch.where(target != 1, (margin - input).clamp(min=0), zeros)
    self_term = torch.where(target != -1, input, zeros)
    loss = margin_term + self_term
    if reduction == "mean":
        return loss.mean()
    return loss.sum() if reduction == "sum" else loss


def agrees(input, target, **kwargs):
    """Same value and same input gradient as torch.nn.functional.hinge_embedding_loss."""
    ours_in = input.clone().requires_grad_()
    ref_in = input.clone().requires_grad_()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the legacy arguments warn in both implementations
        ours = hinge_embedding_loss(ours_in, target, **kwargs)
        ref = F.hinge_embedding_loss(ref_in, target, **kwargs)
    ours.sum().backward()
    ref.sum().backward()
    return torch.allclose(ours, ref) and torch.allclose(ours_in.grad, ref_in.grad)


distance = torch.tensor([0.3, 1.5, 0.2, 2.0])
y = torch.tensor([1.0, 1.0, -1.0, -1.0])
y01 = torch.tensor([1.0, 0.0, 0.0, 1.0])

for reduction in ["none", "sum", "mean"]:
    print(reduction,
          agrees(distance, y, reduction=reduction),
          agrees(distance, y, margin=2.0, reduction=reduction),
          agrees(distance, y01, margin=0.5, reduction=reduction),
          agrees(distance.reshape(2, 2), y.reshape(2, 2), reduction=reduction),
          agrees(distance[1], y[1], reduction=reduction))
    #> none True True True True True
    #> sum True True True True True
    #> mean True True True True True
print(agrees(torch.tensor([-0.5, 0.7]), torch.tensor([1.0, -1.0])),
      agrees(distance, y, reduce=False), agrees(distance, y, size_average=False))
#> True True True
