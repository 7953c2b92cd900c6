import warnings

import torch
import torch.nn.functional as F


def _legacy_reduction(size_average, reduce):
    size_average = True if size_average is None else size_average
    reduce = True if reduce is None else reduce
    reduction = "mean" if size_average and reduce else "sum" if reduce else "none"
    warnings.warn(f"size_average and reduce args will be deprecated, please use reduction='{reduction}' instead.")
    return reduction


def margin_ranking_loss(input1, input2, target, margin=0, size_average=None, reduce=None, reduction="mean"):
    if size_average is not None or reduce is not None:
        reduction = _legacy_reduction(size_average, reduce)
    if input1.dim() != input2.dim() or input1.dim() != target.dim():
        raise RuntimeError("margin_ranking_loss : All input tensors should have same dimension")
    # hinge on the signed gap: max(0, -y * (x1 - x2) + margin)
    loss = (-target * (input1 - input2) + margin).clamp(min=0)
    if reduction == "mean":
        return loss.mean()
    return loss.sum() if reduction == "sum" else loss


def agrees(input1, input2, target, **kwargs):
    """Same value and same gradients (for both inputs) as torch.nn.functional.margin_ranking_loss."""
    ours = [input1.clone().requires_grad_(), input2.clone().requires_grad_()]
    ref = [input1.clone().requires_grad_(), input2.clone().requires_grad_()]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the legacy arguments warn in both implementations
        ours_loss = margin_ranking_loss(*ours, target, **kwargs)
        ref_loss = F.margin_ranking_loss(*ref, target, **kwargs)
    ours_loss.sum().backward()
    ref_loss.sum().backward()
    return (torch.allclose(ours_loss, ref_loss)
            and all(torch.allclose(o.grad, r.grad) for o, r in zip(ours, ref)))


x1 = torch.tensor([0.8, 0.3, 0.4, 0.5])
x2 = torch.tensor([0.6, 0.6, 1.0, 0.5])
y = torch.tensor([1.0, 1.0, -1.0, -1.0])

for reduction in ["none", "sum", "mean"]:
    print(reduction,
          agrees(x1, x2, y, reduction=reduction),
          agrees(x1, x2, y, margin=0.5, reduction=reduction),
          agrees(x1, x2, torch.tensor([1.0, 0.0, 0.0, 1.0]), margin=0.5, reduction=reduction),
          agrees(x1[0], x2[0], y[0], margin=0.5, reduction=reduction))
    #> none True True True True
    #> sum True True True True
    #> mean True True True True
# (N, D) inputs with an (N, D) target, and the deprecated arguments
print(agrees(x1.reshape(2, 2), x2.reshape(2, 2), y.reshape(2, 2), margin=0.1),
      agrees(x1, x2, y, margin=0.5, reduce=False), agrees(x1, x2, y, margin=0.5, size_average=False))
#> True True True
