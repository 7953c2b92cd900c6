import warnings

import torch
import torch.nn.functional as F


def _legacy_reduction(size_average, reduce):
    size_average = True if size_average is None else size_average
    reduce = True if reduce is None else reduce
    reduction = "mean" if size_average and reduce else "sum" if reduce else "none"
    warnings.warn(f"size_average and reduce args will be deprecated, please use reduction='{reduction}' instead.")
    return reduction


def multi_margin_loss(input, target, p=1, margin=1.0, weight=None, size_average=None, reduce=None,
                      reduction="mean"):
    if size_average is not None or reduce is not None:
        reduction = _legacy_reduction(size_average, reduce)
    if p != 1 and p != 2:
        raise ValueError("only p == 1 and p == 2 supported")
    if weight is not None and weight.dim() != 1:
        raise ValueError("weight must be one-dimensional")
    unbatched = input.dim() <= 1
    x = input.reshape(1, -1) if unbatched else input
    y = target.reshape(-1)
    n_classes = x.shape[1]
    x_target = x.gather(1, y.unsqueeze(1))  # score of the target class, (N, 1)
    z = margin - x_target + x  # (N, C)
    wrong = torch.arange(n_classes, device=x.device) != y.unsqueeze(1)  # i != y
    active = wrong & (z > 0)  # strict: a hinge exactly at 0 adds neither loss nor gradient
    hinge = torch.where(active, z, torch.zeros_like(z)) ** p
    if weight is not None:
        hinge = hinge * weight[y].unsqueeze(1)  # w[y] times max(0, z)^p
    loss = hinge.sum(dim=1) / n_classes
    loss = loss.reshape(target.shape)  # torch shapes the per-sample losses like the target: () or (N,)
    if reduction == "mean":
        return loss.mean()
    return loss.sum() if reduction == "sum" else loss


def agrees(input, target, **kwargs):
    """Same value and same input gradient as torch.nn.functional.multi_margin_loss."""
    ours_in = input.clone().requires_grad_()
    ref_in = input.clone().requires_grad_()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the legacy arguments warn in both implementations
        ours = multi_margin_loss(ours_in, target, **kwargs)
        ref = F.multi_margin_loss(ref_in, target, **kwargs)
    ours.sum().backward()
    ref.sum().backward()
    return torch.allclose(ours, ref) and torch.allclose(ours_in.grad, ref_in.grad)


x = torch.tensor([[0.1, -0.6, 0.4, 0.8],
                  [0.9, 0.1, 0.3, 0.2],
                  [0.5, 1.5, 0.5, 0.0]])  # row 3: two hinges exactly at 0
y = torch.tensor([3, 0, 1])
w = torch.tensor([1.0, 0.5, 3.0, 2.0])

for reduction in ["none", "sum", "mean"]:
    print(reduction, *[agrees(x, y, p=p, margin=margin, weight=weight, reduction=reduction)
                       for p in [1, 2] for margin in [1.0, 0.5] for weight in [None, w]],
          agrees(x[0], y[0], p=2, weight=w, reduction=reduction))
    #> none True True True True True True True True True
    #> sum True True True True True True True True True
    #> mean True True True True True True True True True
print(agrees(x, y, reduce=False), agrees(x, y, size_average=False))
#> True True
