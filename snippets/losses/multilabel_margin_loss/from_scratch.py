import warnings

import torch
import torch.nn.functional as F


def _legacy_reduction(size_average, reduce):
    size_average = True if size_average is None else size_average
    reduce = True if reduce is None else reduce
    reduction = "mean" if size_average and reduce else "sum" if reduce else "none"
    warnings.warn(f"size_average and reduce args will be deprecated, please use reduction='{reduction}' instead.")
    return reduction


def multilabel_margin_loss(input, target, size_average=None, reduce=None, reduction="mean"):
    if size_average is not None or reduce is not None:
        reduction = _legacy_reduction(size_average, reduce)
    unbatched = input.dim() <= 1
    x = input.reshape(1, -1) if unbatched else input
    y = target.reshape(1, -1) if unbatched else target
    n_classes = x.shape[1]
    # positions before the first -1 hold the target classes
    listed = (y < 0).long().cumsum(dim=1) == 0
    safe = y.clamp(min=0)
    is_target = (F.one_hot(safe, n_classes).bool() & listed.unsqueeze(2)).any(dim=1)
    x_target = x.gather(1, safe)  # score of the class listed at each position
    # hinge for every (listed target position j, class i): max(0, 1 - (x[y_j] - x[i]))
    z = 1 - x_target.unsqueeze(2) + x.unsqueeze(1)
    mask = listed.unsqueeze(2) & ~is_target.unsqueeze(1)
    # like torch, keep only z > 0: no gradient at the kink z = 0, and a nan z is dropped, not propagated
    loss = torch.where(mask & (z > 0), z, 0).sum(dim=(1, 2)) / n_classes
    if unbatched:
        loss = loss.squeeze(0)
    if reduction == "mean":
        return loss.mean()
    return loss.sum() if reduction == "sum" else loss


def agrees(input, target, **kwargs):
    """Same value and same input gradient as torch.nn.functional.multilabel_margin_loss."""
    ours_in = input.clone().requires_grad_()
    ref_in = input.clone().requires_grad_()
    ours = multilabel_margin_loss(ours_in, target, **kwargs)
    ref = F.multilabel_margin_loss(ref_in, target, **kwargs)
    ours.sum().backward()
    ref.sum().backward()
    return torch.allclose(ours, ref) and torch.allclose(ours_in.grad, ref_in.grad)


x = torch.tensor([[0.1, 0.2, 0.4, 0.8],
                  [0.9, 0.1, 0.3, 0.2],
                  [0.5, -0.5, 2.0, 0.0]])
y = torch.tensor([[3, 0, -1, 1],
                  [0, -1, 2, 2],
                  [-1, 0, 1, 2]])
for reduction in ["none", "sum", "mean"]:
    print(reduction, agrees(x, y, reduction=reduction), agrees(x[0], y[0], reduction=reduction))
    #> none True True
    #> sum True True
    #> mean True True
