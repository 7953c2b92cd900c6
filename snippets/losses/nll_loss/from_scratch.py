import torch
import torch.nn.functional as F


def nll_loss(input, target, weight=None, size_average=None, ignore_index=-100,
             reduce=None, reduction="mean"):
    if size_average is not None or reduce is not None:  # legacy arguments override reduction
        keep, average = reduce is None or reduce, size_average is None or size_average
        reduction = ("mean" if average else "sum") if keep else "none"
    dim = 0 if input.dim() == 1 else 1  # the class dimension
    n_classes = input.shape[dim]
    w = torch.ones(n_classes, dtype=input.dtype, device=input.device) if weight is None else weight
    # pick the target class's entry; ignored targets borrow index 0 and are zeroed right after
    ignored = target == ignore_index
    safe = target.masked_fill(ignored, 0)
    picked = input.gather(dim, safe.unsqueeze(dim)).squeeze(dim).masked_fill(ignored, 0)
    w_t = w[safe].masked_fill(ignored, 0)  # the weight of each target, 0 where ignored
    loss = -w_t * picked  # no exp, no log: NLLLoss only picks and negates
    if reduction == "mean":  # divide by the summed weight of the kept targets, not by N
        return loss.sum() / w_t.sum()
    return loss.sum() if reduction == "sum" else loss


# The ignore_index example of the page: the second sample is ignored.
log_probs = torch.tensor([[-0.2413, -1.7413, -3.2413],
                          [-1.2019, -1.1019, -1.0019],
                          [-1.0986, -1.0986, -1.0986]])
target = torch.tensor([0, -100, 1])
weight = torch.tensor([1.0, 2.0, 3.0])
print(nll_loss(log_probs, target, weight=weight), F.nll_loss(log_probs, target, weight=weight))
#> tensor(0.8128) tensor(0.8128)

# The gradient is -w[y] / (sum of kept weights) at the target entry, 0 everywhere else.
log_probs.requires_grad_()
mine, = torch.autograd.grad(nll_loss(log_probs, target, weight=weight), log_probs)
theirs, = torch.autograd.grad(F.nll_loss(log_probs, target, weight=weight), log_probs)
print(mine, theirs, sep="\n")
#> tensor([[-0.3333,  0.0000,  0.0000],
#>         [ 0.0000,  0.0000,  0.0000],
#>         [ 0.0000, -0.6667,  0.0000]])
#> tensor([[-0.3333,  0.0000,  0.0000],
#>         [ 0.0000,  0.0000,  0.0000],
#>         [ 0.0000, -0.6667,  0.0000]])
