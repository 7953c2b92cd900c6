import warnings

import torch
import torch.nn.functional as F


def _legacy_reduction(size_average, reduce):
    size_average = True if size_average is None else size_average
    reduce = True if reduce is None else reduce
    reduction = "mean" if size_average and reduce else "sum" if reduce else "none"
    warnings.warn(f"size_average and reduce args will be deprecated, please use reduction='{reduction}' instead.")
    return reduction


def soft_margin_loss(input, target, size_average=None, reduce=None, reduction="mean"):
    if size_average is not None or reduce is not None:
        reduction = _legacy_reduction(size_average, reduce)
    # log(1 + exp(-y x)) element by element, written as literally as torch does
    loss = torch.log1p(torch.exp(-target * input))
    if reduction == "mean":
        return loss.mean()  # over every element
    return loss.sum() if reduction == "sum" else loss


def agrees(input, target, **kwargs):
    """Same value and same input gradient as torch.nn.functional.soft_margin_loss."""
    ours_in = input.clone().requires_grad_()
    ref_in = input.clone().requires_grad_()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the legacy arguments warn in both implementations
        ours = soft_margin_loss(ours_in, target, **kwargs)
        ref = F.soft_margin_loss(ref_in, target, **kwargs)
    ours.sum().backward()
    ref.sum().backward()
    return torch.allclose(ours, ref) and torch.allclose(ours_in.grad, ref_in.grad)


x = torch.tensor([[0.8, -1.2, 0.3],
                  [2.0, 0.1, -0.5]])
y = torch.tensor([[1.0, -1.0, -1.0],
                  [1.0, 1.0, -1.0]])

for reduction in ["none", "sum", "mean"]:
    print(reduction,
          agrees(x, y, reduction=reduction),
          agrees(x[0], y[0], reduction=reduction),
          agrees(x[0, 0], y[0, 0], reduction=reduction),
          agrees(x, (y + 1) / 2, reduction=reduction))
    #> none True True True True
    #> sum True True True True
    #> mean True True True True
print(agrees(x, y, reduce=False), agrees(x, y, size_average=False))
#> True True
