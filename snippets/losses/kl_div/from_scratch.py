import warnings

import torch
import torch.nn.functional as F


def kl_div(input, target, size_average=None, reduce=None, reduction="mean", log_target=False):
    batchmean = reduction == "batchmean"  # torch divides by the batch size even under legacy arguments
    if size_average is not None or reduce is not None:  # legacy arguments override reduction
        keep, average = reduce is None or reduce, size_average is None or size_average
        reduction = ("mean" if average else "sum") if keep else "none"
        warnings.warn(f"size_average and reduce args will be deprecated, please use reduction='{reduction}' instead.")
    elif reduction == "mean":  # the default divides by the element count: not the KL divergence
        warnings.warn("reduction: 'mean' divides the total loss by both the batch size and the support size."
                      "'batchmean' divides only by the batch size, and aligns with the KL div math definition."
                      "'mean' will be changed to behave the same as 'batchmean' in the next major release.")
    if reduction not in ("none", "mean", "sum", "batchmean"):
        raise ValueError(f"{reduction} is not a valid value for reduction")
    if log_target:  # the target holds log p
        loss = target.exp() * (target - input)
    else:  # p * (log p - input): the input is log q already, and 0 * log 0 counts as 0
        p_log_p = torch.where(target == 0, 0.0, target * target.masked_fill(target == 0, 1.0).log())
        loss = p_log_p - target * input
    reduced = loss if reduction == "none" else loss.mean() if reduction == "mean" else loss.sum()
    if batchmean and input.dim() != 0:  # divide the sum by input.size(0), the batch size
        return reduced / input.shape[0]
    return reduced


# The example of the page: 2 samples, 3 classes.
log_q = F.log_softmax(torch.tensor([[1.0, 0.0, -1.0],
                                    [0.5, 0.5, 2.0]]), dim=1)
p = torch.tensor([[0.7, 0.2, 0.1],
                  [0.1, 0.3, 0.6]])
print(kl_div(log_q, p, reduction="batchmean"), F.kl_div(log_q, p, reduction="batchmean"))
#> tensor(0.0384) tensor(0.0384)

# The gradient with respect to the input is -p / N: the target itself, scaled.
log_q.requires_grad_()
mine, = torch.autograd.grad(kl_div(log_q, p, reduction="batchmean"), log_q)
theirs, = torch.autograd.grad(F.kl_div(log_q, p, reduction="batchmean"), log_q)
print(mine, theirs, sep="\n")
#> tensor([[-0.3500, -0.1000, -0.0500],
#>         [-0.0500, -0.1500, -0.3000]])
#> tensor([[-0.3500, -0.1000, -0.0500],
#>         [-0.0500, -0.1500, -0.3000]])
