import math
import warnings

import torch
import torch.nn.functional as F


def poisson_nll_loss(input, target, log_input=True, full=False, size_average=None, eps=1e-8,
                     reduce=None, reduction="mean"):
    if size_average is not None or reduce is not None:  # legacy arguments override reduction
        keep, average = reduce is None or reduce, size_average is None or size_average
        reduction = ("mean" if average else "sum") if keep else "none"
        warnings.warn(f"size_average and reduce args will be deprecated, please use reduction='{reduction}' instead.")
    if log_input:  # input = log(rate): rate - target * log(rate), with log(target!) left out
        loss = input.exp() - target * input
    else:  # input = rate; eps keeps the log finite at a rate of 0
        loss = input - target * (input + eps).log()
    if full:  # Stirling's approximation of log(target!), added only where target > 1
        t = torch.where(target > 1, target, 2.0)  # any t > 0 where the term is dropped: no log(0)
        stirling = t * t.log() - t + 0.5 * (2 * math.pi * t).log()
        loss = loss + torch.where(target > 1, stirling, 0.0)
    if reduction == "mean":  # divide by the number of elements
        return loss.mean()
    return loss.sum() if reduction == "sum" else loss


# The example of the page: log-rates and counts.
log_rate = torch.tensor([0.5, -1.0, 2.0, 0.0])
counts = torch.tensor([0.0, 1.0, 2.0, 5.0])
print(poisson_nll_loss(log_rate, counts), F.poisson_nll_loss(log_rate, counts))
#> tensor(1.8514) tensor(1.8514)

# The gradient is (exp(x) - t) / N: zero where the predicted rate exp(x) equals the count.
log_rate.requires_grad_()
mine, = torch.autograd.grad(poisson_nll_loss(log_rate, counts), log_rate)
theirs, = torch.autograd.grad(F.poisson_nll_loss(log_rate, counts), log_rate)
print(mine, theirs, sep="\n")
#> tensor([ 0.4122, -0.1580,  1.3473, -1.0000])
#> tensor([ 0.4122, -0.1580,  1.3473, -1.0000])
