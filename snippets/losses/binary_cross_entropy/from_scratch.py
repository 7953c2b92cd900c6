import torch
import torch.nn.functional as F


class ElementLoss(torch.autograd.Function):
    """The element-wise loss, with the backward that torch writes by hand."""

    @staticmethod
    def forward(ctx, p, y):
        ctx.save_for_backward(p, y)
        # each log is clamped at -100: p = 0 or 1 costs 100, not inf, and 0 * log(0) is not nan
        return -(y * p.log().clamp(min=-100) + (1 - y) * (1 - p).log().clamp(min=-100))

    @staticmethod
    def backward(ctx, grad):
        p, y = ctx.saved_tensors
        # d/dp = (p - y) / (p (1 - p)); torch ignores the clamp and keeps the denominator >= 1e-12
        grad_p = grad * (p - y) / (p * (1 - p)).clamp(min=1e-12)
        grad_y = grad * ((1 - p).log() - p.log())  # d/dy = log(1 - p) - log(p), not clamped
        return grad_p, grad_y


def binary_cross_entropy(input, target, weight=None, size_average=None, reduce=None, reduction="mean"):
    if size_average is not None or reduce is not None:  # legacy arguments override reduction
        keep, average = reduce is None or reduce, size_average is None or size_average
        reduction = ("mean" if average else "sum") if keep else "none"
    if target.shape != input.shape:  # no broadcasting between input and target
        raise ValueError(f"Using a target size ({target.shape}) that is different to the input size "
                         f"({input.shape}) is deprecated. Please ensure they have the same size.")
    if not ((input >= 0) & (input <= 1)).all():  # probabilities only; this also rejects nan
        raise RuntimeError("all elements of input should be between 0 and 1")
    if not ((target >= 0) & (target <= 1)).all():
        raise RuntimeError("all elements of target should be between 0 and 1")
    loss = ElementLoss.apply(input, target)
    if weight is not None:
        loss = loss * weight.expand(target.shape)  # the weight broadcasts to the target's shape
    if reduction == "mean":  # a plain mean over the elements, with or without weights
        return loss.mean()
    return loss.sum() if reduction == "sum" else loss


# The example of the page: 2 samples, 3 labels.
probs = torch.tensor([[0.9, 0.2, 0.6],
                      [0.3, 0.7, 0.5]])
target = torch.tensor([[1.0, 0.0, 1.0],
                       [0.0, 0.0, 1.0]])
print(binary_cross_entropy(probs, target), F.binary_cross_entropy(probs, target))
#> tensor(0.5155) tensor(0.5155)

# The gradient is (p - y) / (p (1 - p)) / 6: largest where a confident probability is wrong.
probs.requires_grad_()
mine, = torch.autograd.grad(binary_cross_entropy(probs, target), probs)
theirs, = torch.autograd.grad(F.binary_cross_entropy(probs, target), probs)
print(mine, theirs, sep="\n")
#> tensor([[-0.1852,  0.2083, -0.2778],
#>         [ 0.2381,  0.5556, -0.3333]])
#> tensor([[-0.1852,  0.2083, -0.2778],
#>         [ 0.2381,  0.5556, -0.3333]])
