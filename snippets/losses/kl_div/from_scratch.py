import warnings

import torch
import torch.nn.functional as F


def _legacy_reduction(size_average, reduce):
    size_average = True if size_average is None else size_average
    reduce = True if reduce is None else reduce
    reduction = "mean" if size_average and reduce else "sum" if reduce else "none"
    warnings.warn(f"size_average and reduce args will be deprecated, please use reduction='{reduction}' instead.")
    return reduction


def kl_div(input, target, size_average=None, reduce=None, reduction="mean", log_target=False):
    batchmean = reduction == "batchmean"  # torch divides by the batch size even under the legacy arguments
    if size_average is not None or reduce is not None:
        reduction = _legacy_reduction(size_average, reduce)
    elif reduction == "mean":
        warnings.warn("reduction: 'mean' divides the total loss by both the batch size and the support size."
                      "'batchmean' divides only by the batch size, and aligns with the KL div math definition."
                      "'mean' will be changed to behave the same as 'batchmean' in the next major release.")
    if reduction not in ("none", "mean", "sum", "batchmean"):
        raise ValueError(f"{reduction} is not a valid value for reduction")
    if log_target:
        loss = target.exp() * (target - input)
    else:
        # xlogy(t, t): 0 * log 0 counts as 0 (the 1 keeps log finite where t == 0); t < 0 gives NaN
        t_log_t = torch.where(target == 0, 0.0, target * target.masked_fill(target == 0, 1.0).log())
        loss = t_log_t - target * input
    reduced = loss if reduction == "none" else loss.mean() if reduction == "mean" else loss.sum()
    if batchmean and input.dim() != 0:
        return reduced / input.shape[0]
    return reduced


def agrees(input, target, **kwargs):
    """Same value and same input gradient as torch.nn.functional.kl_div."""
    ours_in = input.clone().requires_grad_()
    ref_in = input.clone().requires_grad_()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")   # the 'mean' and legacy warnings are expected here
        ours = kl_div(ours_in, target, **kwargs)
        ref = F.kl_div(ref_in, target, **kwargs)
    ours.sum().backward()
    ref.sum().backward()
    return torch.allclose(ours, ref) and torch.allclose(ours_in.grad, ref_in.grad)


log_q = F.log_softmax(torch.tensor([[1.0, 0.0, -1.0],
                                    [0.5, 0.5, 2.0]]), dim=1)
p = torch.tensor([[0.7, 0.3, 0.0],     # a zero probability
                  [0.1, 0.3, 0.6]])
p_log = torch.tensor([[-0.5, -1.2, -2.3],
                      [-2.0, -1.0, -0.7]])

for reduction in ["none", "sum", "mean", "batchmean"]:
    print(reduction,
          agrees(log_q, p, reduction=reduction),
          agrees(log_q, p_log, reduction=reduction, log_target=True),
          agrees(log_q[0], p[0], reduction=reduction),                       # unbatched (C,)
          agrees(torch.stack([log_q, log_q], dim=2), torch.stack([p, p], dim=2), reduction=reduction))
    #> none True True True True
    #> sum True True True True
    #> mean True True True True
    #> batchmean True True True True

print(agrees(log_q, p, size_average=False), agrees(log_q, p, reduce=False), agrees(log_q, torch.tensor([0.2, 0.3, 0.5])))
#> True True True
