import warnings

import torch
import torch.nn.functional as F


def _legacy_reduction(size_average, reduce):
    size_average = True if size_average is None else size_average
    reduce = True if reduce is None else reduce
    reduction = "mean" if size_average and reduce else "sum" if reduce else "none"
    warnings.warn(f"size_average and reduce args will be deprecated, please use reduction='{reduction}' instead.")
    return reduction


def _log_softmax(x, dim):
    shifted = x - x.amax(dim=dim, keepdim=True).detach()
    return shifted - shifted.exp().sum(dim=dim, keepdim=True).log()


def cross_entropy(input, target, weight=None, size_average=None, ignore_index=-100,
                  reduce=None, reduction="mean", label_smoothing=0.0):
    if size_average is not None or reduce is not None:
        reduction = _legacy_reduction(size_average, reduce)
    class_dim = 0 if input.dim() == 1 else 1
    n_classes = input.shape[class_dim]
    # weight of each class, shaped to broadcast along the class dimension
    w = torch.ones(n_classes, dtype=input.dtype, device=input.device) if weight is None else weight
    w_b = w.reshape([n_classes] + [1] * (input.dim() - class_dim - 1))
    log_p = _log_softmax(input, class_dim)

    if target.dtype.is_floating_point:  # class probabilities, same shape as input
        if label_smoothing > 0:
            target = target * (1 - label_smoothing) + label_smoothing / n_classes
        loss = -(log_p * target * w_b).sum(dim=class_dim)
        if reduction == "mean":
            return loss.sum() / (input.numel() / n_classes)
        return loss.sum() if reduction == "sum" else loss

    # class indices
    ignored = target == ignore_index
    safe = target.masked_fill(ignored, 0)
    picked = log_p.gather(class_dim, safe.unsqueeze(class_dim)).squeeze(class_dim)
    picked = picked.masked_fill(ignored, 0)  # ignored targets: no value, no gradient, even from a nan row
    w_t = w[safe].masked_fill(ignored, 0)  # weight of each target, 0 where ignored
    nll = -w_t * picked
    nll = nll.sum() / w_t.sum() if reduction == "mean" else nll.sum() if reduction == "sum" else nll
    if label_smoothing == 0:  # no smoothing term at all: 0 * inf would turn an inf loss into nan
        return nll
    smooth = -(log_p * w_b).sum(dim=class_dim).masked_fill(ignored, 0)
    smooth = smooth.sum() / w_t.sum() if reduction == "mean" else smooth.sum() if reduction == "sum" else smooth
    return (1 - label_smoothing) * nll + label_smoothing / n_classes * smooth


def agrees(input, target, **kwargs):
    """Same value and same input gradient as torch.nn.functional.cross_entropy."""
    ours_in = input.clone().requires_grad_()
    ref_in = input.clone().requires_grad_()
    ours = cross_entropy(ours_in, target, **kwargs)
    ref = F.cross_entropy(ref_in, target, **kwargs)
    ours.sum().backward()
    ref.sum().backward()
    return torch.allclose(ours, ref, equal_nan=True) and torch.allclose(ours_in.grad, ref_in.grad)


logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 0.2, 0.3],
                       [1.0, 1.0, 1.0]])
target = torch.tensor([0, 2, 1])
weight = torch.tensor([1.0, 0.0, 3.0])
soft = torch.tensor([[0.7, 0.2, 0.1],
                     [0.0, 0.5, 0.5],
                     [1.0, 0.0, 0.0]])

for reduction in ["none", "sum", "mean"]:
    print(reduction,
          agrees(logits, target, reduction=reduction),
          agrees(logits, target, weight=weight, ignore_index=2, reduction=reduction),
          agrees(logits, target, weight=weight, label_smoothing=0.2, reduction=reduction),
          agrees(logits, soft, weight=weight, label_smoothing=0.2, reduction=reduction))
    #> none True True True True
    #> sum True True True True
    #> mean True True True True

spatial = torch.tensor([[[2.0, 0.0, -1.0],
                         [0.0, 1.0, 1.0]]])
print(agrees(spatial, torch.tensor([[0, 1, 0]])), agrees(logits[0], torch.tensor(2)))
#> True True
