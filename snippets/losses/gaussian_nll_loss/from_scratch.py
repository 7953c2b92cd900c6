import math

import torch
import torch.nn.functional as F


def gaussian_nll_loss(input, target, var, full=False, eps=1e-6, reduction="mean"):
    if isinstance(var, float):
        if var < 0:
            raise ValueError("var has negative entry/entries")
        var = var * torch.ones_like(input)
    elif torch.any(var < 0):
        raise ValueError("var has negative entry/entries")
    if var.shape != input.shape:
        mismatched = [v for i, v in zip(input.shape, var.shape) if i != v]
        if var.shape == input.shape[:-1]:
            var = var.unsqueeze(-1)                     # one fewer dimension: one var per row
        elif not (var.dim() == input.dim() and sum(mismatched) == 1):
            raise ValueError("var is of incorrect size")  # else: exactly one dimension of size 1
    if reduction not in ("none", "mean", "sum"):
        raise ValueError(reduction + " is not valid")
    # forward uses max(var, eps); the gradient passes through as if there were no clamp
    var = torch.where(var < eps, var + (eps - var).detach(), var)  # var = inf stays inf (inf - inf is NaN)
    loss = 0.5 * (var.log() + (input - target) ** 2 / var)
    if full:
        loss = loss + 0.5 * math.log(2 * math.pi)
    if reduction == "mean":
        return loss.mean()
    return loss.sum() if reduction == "sum" else loss


def agrees(input, target, var, **kwargs):
    """Same value and same gradients (input and var) as torch.nn.functional.gaussian_nll_loss."""
    ours_in, ref_in = input.clone().requires_grad_(), input.clone().requires_grad_()
    if isinstance(var, float):
        ours = gaussian_nll_loss(ours_in, target, var, **kwargs)
        ref = F.gaussian_nll_loss(ref_in, target, var, **kwargs)
        var_grads_match = True
    else:
        ours_var, ref_var = var.clone().requires_grad_(), var.clone().requires_grad_()
        ours = gaussian_nll_loss(ours_in, target, ours_var, **kwargs)
        ref = F.gaussian_nll_loss(ref_in, target, ref_var, **kwargs)
    ours.sum().backward()
    ref.sum().backward()
    if not isinstance(var, float):
        var_grads_match = torch.allclose(ours_var.grad, ref_var.grad)
    return torch.allclose(ours, ref) and torch.allclose(ours_in.grad, ref_in.grad) and var_grads_match


mean = torch.tensor([[0.0, 1.0, 2.0],
                     [1.0, 1.0, 1.0]])
target = torch.tensor([[0.5, 1.0, 3.0],
                       [0.0, 2.0, 1.0]])
var = torch.tensor([[1.0, 2.0, 0.05],       # 0.05 is below eps=0.1 below
                    [0.5, 0.0, 0.25]])      # 0.0 is below the default eps

for reduction in ["none", "sum", "mean"]:
    print(reduction,
          agrees(mean, target, var, reduction=reduction),
          agrees(mean, target, var, full=True, eps=0.1, reduction=reduction),
          agrees(mean, target, torch.tensor([1.0, 4.0]), reduction=reduction),        # (N,)
          agrees(mean, target, torch.tensor([[1.0, 2.0, 4.0]]), reduction=reduction),  # (1, D)
          agrees(mean, target, 2.0, reduction=reduction),                              # float
          agrees(mean[0], target[0], var[0], full=True, reduction=reduction))          # unbatched
    #> none True True True True True True
    #> sum True True True True True True
    #> mean True True True True True True

try:
    gaussian_nll_loss(mean, target, torch.ones(1, 1))
except ValueError as error:
    print(f"{type(error).__name__}: {error}")
    #> ValueError: var is of incorrect size
