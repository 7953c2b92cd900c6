import warnings

import torch
import torch.nn.functional as F


def soft_margin_loss(input, target, size_average=None, reduce=None, reduction="mean"):
    if size_average is not None or reduce is not None:  # legacy arguments override reduction
        keep, average = reduce is None or reduce, size_average is None or size_average
        reduction = ("mean" if average else "sum") if keep else "none"
        warnings.warn(f"size_average and reduce args will be deprecated, please use reduction='{reduction}' instead.")
    # log(1 + exp(-y x)) element by element, as literally as torch: exp overflows for -y x > 88.7
    loss = torch.log1p(torch.exp(-target * input))
    if reduction == "mean":
        return loss.mean()  # over every element, not over the samples
    return loss.sum() if reduction == "sum" else loss


# The example of the page: two samples with three binary scores each.
x = torch.tensor([[0.8, -1.2, 0.3],
                  [2.0, 0.1, -0.5]], requires_grad=True)
y = torch.tensor([[1.0, -1.0, -1.0],
                  [1.0, 1.0, -1.0]])
mine, theirs = soft_margin_loss(x, y), F.soft_margin_loss(x, y)
print(mine.detach(), theirs.detach())
#> tensor(0.4557) tensor(0.4557)

# The gradient is -y * sigmoid(-y x) / 6 ('mean' over 6 elements): smallest where y x is largest.
print(torch.autograd.grad(mine, x)[0], torch.autograd.grad(theirs, x)[0], sep="\n")
#> tensor([[-0.0517,  0.0386,  0.0957],
#>         [-0.0199, -0.0792,  0.0629]])
#> tensor([[-0.0517,  0.0386,  0.0957],
#>         [-0.0199, -0.0792,  0.0629]])
print(-y * torch.sigmoid(-y * x.detach()) / 6)
#> tensor([[-0.0517,  0.0386,  0.0957],
#>         [-0.0199, -0.0792,  0.0629]])
