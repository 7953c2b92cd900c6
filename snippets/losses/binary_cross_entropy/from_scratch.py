import warnings

import torch
import torch.nn.functional as F


def _legacy_reduction(size_average, reduce):
    size_average = True if size_average is None else size_average
    reduce = True if reduce is None else reduce
    reduction = "mean" if size_average and reduce else "sum" if reduce else "none"
    warnings.warn(f"size_average and reduce args will be deprecated, please use reduction='{reduction}' instead.")
    return reduction


class _ElementLoss(torch.autograd.Function):
    """-(y log p + (1 - y) log(1 - p)), each log clamped at -100, with torch's hand-written backward:
    it ignores the clamp and divides by max(p (1 - p), 1e-12), so p = 0 or 1 still gets a gradient."""

    @staticmethod
    def forward(ctx, p, y):
        ctx.save_for_backward(p, y)
        return -(y * p.log().clamp(min=-100) + (1 - y) * (1 - p).log().clamp(min=-100))

    @staticmethod
    def backward(ctx, grad):
        p, y = ctx.saved_tensors
        grad_p = grad * (p - y) / (p * (1 - p)).clamp(min=1e-12)
        grad_y = grad * ((1 - p).log() - p.log())  # -logit(p), unclamped: +-inf at p = 0 or 1
        return grad_p, grad_y


def binary_cross_entropy(input, target, weight=None, size_average=None, reduce=None, reduction="mean"):
    if size_average is not None or reduce is not None:
        reduction = _legacy_reduction(size_average, reduce)
    if target.shape != input.shape:
        raise ValueError(f"target size {tuple(target.shape)} differs from input size {tuple(input.shape)}")
    if not ((input >= 0) & (input <= 1)).all():  # also rejects nan
        raise RuntimeError("all elements of input should be between 0 and 1")
    if not ((target >= 0) & (target <= 1)).all():
        raise RuntimeError("all elements of target should be between 0 and 1")
    # each log is clamped at -100, so p = 0 or 1 gives 100 instead of inf
    loss = _ElementLoss.apply(input, target)
    if weight is not None:
        loss = loss * weight.expand(target.shape)  # broadcast to the target's shape
    if reduction == "mean":
        return loss.mean()
    return loss.sum() if reduction == "sum" else loss


def agrees(input, target, **kwargs):
    """Same value and same input gradient as torch.nn.functional.binary_cross_entropy."""
    ours_in = input.clone().requires_grad_()
    ref_in = input.clone().requires_grad_()
    ours = binary_cross_entropy(ours_in, target, **kwargs)
    ref = F.binary_cross_entropy(ref_in, target, **kwargs)
    ours.sum().backward()
    ref.sum().backward()
    return torch.allclose(ours, ref) and torch.allclose(ours_in.grad, ref_in.grad)


probs = torch.tensor([[0.9, 0.2, 0.6],
                      [0.3, 0.7, 0.5]])
target = torch.tensor([[1.0, 0.0, 1.0],
                       [0.0, 0.7, 0.25]])  # soft targets too
per_label = torch.tensor([1.0, 2.0, 3.0])
per_sample = torch.tensor([[1.0], [2.0]])

for reduction in ["none", "sum", "mean"]:
    print(reduction,
          agrees(probs, target, reduction=reduction),
          agrees(probs, target, weight=per_label, reduction=reduction),
          agrees(probs, target, weight=per_sample, reduction=reduction),
          agrees(probs[0, 0], target[0, 0], reduction=reduction))
    #> none True True True True
    #> sum True True True True
    #> mean True True True True

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(agrees(probs, target, size_average=False), agrees(probs, target, reduce=False))
    #> True True

# At exactly 0 or 1 the values agree (100), and so do the gradients: _ElementLoss's backward, like
# torch's, divides by max(p * (1 - p), 1e-12) (autograd through the clamp would give 0).
edge = torch.tensor([0.0, 1.0])
print(binary_cross_entropy(edge, torch.tensor([1.0, 0.0]), reduction="none"))
#> tensor([100., 100.])
