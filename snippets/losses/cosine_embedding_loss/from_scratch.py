import warnings

import torch
import torch.nn.functional as F

EPSILON = 1e-12  # added to each squared norm, as in torch's implementation


def _legacy_reduction(size_average, reduce):
    size_average = True if size_average is None else size_average
    reduce = True if reduce is None else reduce
    reduction = "mean" if size_average and reduce else "sum" if reduce else "none"
    warnings.warn(f"size_average and reduce args will be deprecated, please use reduction='{reduction}' instead.")
    return reduction


def cosine_embedding_loss(input1, input2, target, margin=0, size_average=None, reduce=None,
                          reduction="mean"):
    if size_average is not None or reduce is not None:
        reduction = _legacy_reduction(size_average, reduce)
    if target.dim() not in (0, 1) or input1.dim() != target.dim() + 1 or input2.dim() != target.dim() + 1:
        raise RuntimeError("expected (D) inputs with a 0-dim target or (N, D) inputs with an (N) target")
    dim = target.dim()  # the embedding dimension: 0 unbatched, 1 batched
    dot = (input1 * input2).sum(dim)
    squared1 = (input1 * input1).sum(dim) + EPSILON
    squared2 = (input2 * input2).sum(dim) + EPSILON
    cos = dot / (squared1 * squared2).sqrt()
    zeros = torch.zeros_like(cos)
    # only targets equal to 1 or -1 contribute anything
    loss = (torch.where(target == 1, 1 - cos, zeros)
            + torch.where(target == -1, (cos - margin).clamp(min=0), zeros))
    if reduction == "mean":
        return loss.mean()
    return loss.sum() if reduction == "sum" else loss


def agrees(input1, input2, target, **kwargs):
    """Same value and same gradients (for both inputs) as torch.nn.functional.cosine_embedding_loss."""
    ours = [input1.clone().requires_grad_(), input2.clone().requires_grad_()]
    ref = [input1.clone().requires_grad_(), input2.clone().requires_grad_()]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the legacy arguments warn in both implementations
        ours_loss = cosine_embedding_loss(*ours, target, **kwargs)
        ref_loss = F.cosine_embedding_loss(*ref, target, **kwargs)
    ours_loss.sum().backward()
    ref_loss.sum().backward()
    return (torch.allclose(ours_loss, ref_loss)
            and all(torch.allclose(o.grad, r.grad) for o, r in zip(ours, ref)))


x1 = torch.tensor([[1.0, 0.0, 0.5], [1.0, 0.0, -1.0], [1.0, 2.0, 0.0], [1e-6, 0.0, 0.0]])
x2 = torch.tensor([[1.0, 1.0, 0.0], [0.0, 1.0, 2.0], [2.0, 1.0, 0.5], [1e-6, 0.0, 0.0]])
y = torch.tensor([1.0, -1.0, -1.0, 1.0])

for reduction in ["none", "sum", "mean"]:
    print(reduction,
          agrees(x1, x2, y, reduction=reduction),
          agrees(x1, x2, y, margin=0.5, reduction=reduction),
          agrees(x1, x2, y, margin=-0.5, reduction=reduction),
          agrees(x1, x2, torch.tensor([1, 0, 0, -1]), reduction=reduction),
          agrees(x1[2], x2[2], y[2], margin=0.3, reduction=reduction))
    #> none True True True True True
    #> sum True True True True True
    #> mean True True True True True
print(agrees(x1, x2, y, reduce=False), agrees(x1, x2, y, size_average=False))
#> True True
