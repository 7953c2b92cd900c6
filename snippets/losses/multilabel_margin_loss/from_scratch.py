import torch
import torch.nn.functional as F


def multilabel_margin_loss(input, target, size_average=None, reduce=None, reduction="mean"):
    if size_average is not None or reduce is not None:  # legacy arguments override reduction
        keep, average = reduce is None or reduce, size_average is None or size_average
        reduction = ("mean" if average else "sum") if keep else "none"
    x = input.reshape(-1, input.shape[-1] if input.dim() else 1)  # (N, C), also for (C,) and 0-d
    y = target.reshape(x.shape)
    n_classes = x.shape[1]
    # the list of targets ends at the first -1: keep the positions before it
    listed = (y < 0).cumsum(dim=1) == 0
    safe = y.clamp(min=0)
    # is_target[n, i]: class i is listed in row n
    is_target = (F.one_hot(safe, n_classes).bool() & listed.unsqueeze(2)).any(dim=1)
    # z[n, j, i] = 1 - (x[y_j] - x[i]) for every listed position j and every class i
    z = 1 - x.gather(1, safe).unsqueeze(2) + x.unsqueeze(1)
    pairs = listed.unsqueeze(2) & ~is_target.unsqueeze(1)  # (target, non-target) pairs only
    # like torch, keep z > 0 only: no gradient at the kink z = 0, and a nan z is dropped
    loss = torch.where(pairs & (z > 0), z, 0).sum(dim=(1, 2)) / n_classes
    if input.dim() <= 1:
        loss = loss.squeeze(0)  # unbatched input: a 0-d loss
    if reduction == "mean":
        return loss.mean()
    return loss.sum() if reduction == "sum" else loss


# The example of the page: targets 3 and 0 (the 1 after -1 is ignored), non-targets 1 and 2.
x = torch.tensor([[0.1, 0.2, 0.4, 0.8]])
y = torch.tensor([[3, 0, -1, 1]])
print(multilabel_margin_loss(x, y), F.multilabel_margin_loss(x, y))
#> tensor(0.8500) tensor(0.8500)

# Each active hinge term adds -1/C to the gradient of its target score and +1/C to that of its
# non-target score. Here every class is in two of the four terms: -2/4 and +2/4.
x.requires_grad_()
mine, = torch.autograd.grad(multilabel_margin_loss(x, y), x)
theirs, = torch.autograd.grad(F.multilabel_margin_loss(x, y), x)
print(mine, theirs, sep="\n")
#> tensor([[-0.5000,  0.5000,  0.5000, -0.5000]])
#> tensor([[-0.5000,  0.5000,  0.5000, -0.5000]])
