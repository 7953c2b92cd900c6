import math
import warnings

import torch
import torch.nn.functional as F


def _legacy_reduction(size_average, reduce):
    size_average = True if size_average is None else size_average
    reduce = True if reduce is None else reduce
    reduction = "mean" if size_average and reduce else "sum" if reduce else "none"
    warnings.warn(f"size_average and reduce args will be deprecated, please use reduction='{reduction}' instead.")
    return reduction


def poisson_nll_loss(input, target, log_input=True, full=False, size_average=None, eps=1e-8,
                     reduce=None, reduction="mean"):
    if size_average is not None or reduce is not None:
        reduction = _legacy_reduction(size_average, reduce)
    if reduction not in ("none", "mean", "sum"):
        raise ValueError(reduction + " is not a valid value for reduction")
    if log_input:
        loss = input.exp() - target * input
    else:
        loss = input - target * (input + eps).log()
    if full:
        # Stirling's approximation of log(target!), added only where target > 1
        t = torch.where(target > 1, target, 2.0)   # keep log() finite where the term is dropped
        stirling = t * t.log() - t + 0.5 * (2 * math.pi * t).log()
        loss = loss + torch.where(target > 1, stirling, 0.0)
    if reduction == "mean":
        return loss.mean()
    return loss.sum() if reduction == "sum" else loss


def agrees(input, target, **kwargs):
    """Same value and same input gradient as torch.nn.functional.poisson_nll_loss."""
    ours_in = input.clone().requires_grad_()
    ref_in = input.clone().requires_grad_()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")   # the legacy-argument warning is expected here
        ours = poisson_nll_loss(ours_in, target, **kwargs)
        ref = F.poisson_nll_loss(ref_in, target, **kwargs)
    ours.sum().backward()
    ref.sum().backward()
    return torch.allclose(ours, ref) and torch.allclose(ours_in.grad, ref_in.grad)


log_rate = torch.tensor([[0.5, -1.0, 2.0],
                         [0.0, 1.0, 1.5]])
rate = torch.tensor([[1.5, 0.0, 7.0],
                     [2.0, 0.4, 3.0]])
counts = torch.tensor([[0.0, 1.0, 2.0],
                       [5.0, 0.5, 4.0]])

for reduction in ["none", "sum", "mean"]:
    print(reduction,
          agrees(log_rate, counts, reduction=reduction),
          agrees(log_rate, counts, full=True, reduction=reduction),
          agrees(rate, counts, log_input=False, reduction=reduction),
          agrees(rate, counts, log_input=False, full=True, eps=1e-3, reduction=reduction),
          agrees(log_rate[1], counts[1], full=True, reduction=reduction))    # unbatched
    #> none True True True True True
    #> sum True True True True True
    #> mean True True True True True

print(agrees(log_rate, counts, size_average=False), agrees(log_rate, counts, reduce=False))
#> True True
