import warnings

import torch
import torch.nn.functional as F


def _legacy_reduction(size_average, reduce):
    size_average = True if size_average is None else size_average
    reduce = True if reduce is None else reduce
    reduction = "mean" if size_average and reduce else "sum" if reduce else "none"
    warnings.warn(f"size_average and reduce args will be deprecated, please use reduction='{reduction}' instead.")
    return reduction


def nll_loss(input, target, weight=None, size_average=None, ignore_index=-100,
             reduce=None, reduction="mean"):
    if size_average is not None or reduce is not None:
        reduction = _legacy_reduction(size_average, reduce)
    class_dim = 0 if input.dim() == 1 else 1
    n_classes = input.shape[class_dim]
    w = torch.ones(n_classes, dtype=input.dtype, device=input.device) if weight is None else weight
    ignored = target == ignore_index
    safe = target.masked_fill(ignored, 0)  # any valid index; masked out right after
    picked = input.gather(class_dim, safe.unsqueeze(class_dim)).squeeze(class_dim)
    picked = picked.masked_fill(ignored, 0)  # ignored targets: no value, no gradient
    w_t = w[safe].masked_fill(ignored, 0)  # weight of each target, 0 where ignored
    loss = -w_t * picked
    if reduction == "mean":
        return loss.sum() / w_t.sum()  # 0 / 0 = nan when everything is ignored
    return loss.sum() if reduction == "sum" else loss


def agrees(input, target, **kwargs):
    """Same value and same input gradient as torch.nn.functional.nll_loss."""
    ours_in = input.clone().requires_grad_()
    ref_in = input.clone().requires_grad_()
    ours = nll_loss(ours_in, target, **kwargs)
    ref = F.nll_loss(ref_in, target, **kwargs)
    ours.sum().backward()
    ref.sum().backward()
    return (torch.allclose(ours, ref, equal_nan=True)
            and torch.allclose(ours_in.grad, ref_in.grad, equal_nan=True))


log_probs = torch.tensor([[-0.2413, -1.7413, -3.2413],
                          [-1.2019, -1.1019, -1.0019],
                          [-1.0986, -1.0986, -1.0986]])
target = torch.tensor([0, 2, 1])
weight = torch.tensor([1.0, 2.0, 3.0])
spatial = torch.tensor([[[-0.1, -2.0, -0.5],
                         [-2.4, -0.2, -1.0]]])

for reduction in ["none", "sum", "mean"]:
    print(reduction,
          agrees(log_probs, target, reduction=reduction),
          agrees(log_probs, target, weight=weight, reduction=reduction),
          agrees(log_probs, torch.tensor([0, -100, 1]), weight=weight, reduction=reduction),
          agrees(log_probs, target, ignore_index=0, reduction=reduction),
          agrees(spatial, torch.tensor([[0, 1, -100]]), weight=weight[:2], reduction=reduction),
          agrees(log_probs[0], torch.tensor(1), weight=weight, reduction=reduction))
    #> none True True True True True True
    #> sum True True True True True True
    #> mean True True True True True True

# nan under 'mean': every target ignored, or every target weight 0; then the legacy arguments
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(agrees(log_probs, torch.tensor([-100, -100, -100])),
          agrees(log_probs, torch.tensor([0, 2, 0]), weight=torch.tensor([0.0, 5.0, 0.0])),
          agrees(log_probs, target, size_average=False), agrees(log_probs, target, reduce=False))
    #> True True True True
