import types
import warnings

import torch
import torch.nn as nn


def clip_grad_norm_(parameters, max_norm, norm_type=2.0, error_if_nonfinite=False, foreach=None):
    # foreach only chooses a faster implementation; the numbers are the same
    if isinstance(parameters, torch.Tensor):
        parameters = [parameters]
    elif isinstance(parameters, types.GeneratorType):
        parameters = list(parameters)
        if not parameters:  # a generator that an earlier loop has already used up
            warnings.warn("`parameters` is an empty generator, no gradient clipping will occur.", stacklevel=2)
    grads = [p.grad for p in parameters if p.grad is not None]  # parameters without a gradient are skipped
    if not grads:
        return torch.tensor(0.0)
    with torch.no_grad():
        # The norm of all gradients seen as one long vector: the norm of the per-tensor norms.
        norms = torch.stack([torch.linalg.vector_norm(g, norm_type) for g in grads])
        total = torch.linalg.vector_norm(norms, norm_type)
        if error_if_nonfinite and not total.isfinite():
            raise RuntimeError(
                f"The total norm of order {float(norm_type)} for gradients from `parameters` is non-finite, so it "
                "cannot be clipped. To disable this error and scale the gradients by the non-finite norm anyway, "
                "set `error_if_nonfinite=False`")
        # One factor for every gradient, never above 1: the direction of the whole update is kept.
        factor = torch.clamp(max_norm / (total + 1e-6), max=1.0)
        for g in grads:
            g.mul_(factor)
    return total  # the norm before clipping


def clip_grad_value_(parameters, clip_value, foreach=None):
    if isinstance(parameters, torch.Tensor):
        parameters = [parameters]
    with torch.no_grad():
        for p in parameters:
            if p.grad is not None:  # each element on its own into [-clip_value, clip_value]
                p.grad.clamp_(min=-float(clip_value), max=float(clip_value))


def parameters_with_gradients():
    """A weight and a bias whose gradients, seen as one vector (3, 4, 0, 0, 12), have the norm 13."""
    weight, bias = nn.Parameter(torch.zeros(2, 2)), nn.Parameter(torch.zeros(1))
    weight.grad, bias.grad = torch.tensor([[3.0, 4.0], [0.0, 0.0]]), torch.tensor([12.0])
    return weight, bias


mine, theirs = parameters_with_gradients(), parameters_with_gradients()
print(clip_grad_norm_(mine, max_norm=1.0), torch.nn.utils.clip_grad_norm_(theirs, max_norm=1.0))
#> tensor(13.) tensor(13.)
print(mine[0].grad, theirs[0].grad, sep="\n")  # every gradient divided by 13
#> tensor([[0.2308, 0.3077],
#>         [0.0000, 0.0000]])
#> tensor([[0.2308, 0.3077],
#>         [0.0000, 0.0000]])
print(mine[1].grad, theirs[1].grad)
#> tensor([0.9231]) tensor([0.9231])

mine, theirs = parameters_with_gradients(), parameters_with_gradients()
clip_grad_value_(mine, clip_value=3.5)
torch.nn.utils.clip_grad_value_(theirs, clip_value=3.5)
print(mine[0].grad[0], theirs[0].grad[0], mine[1].grad, theirs[1].grad)  # each element on its own
#> tensor([3.0000, 3.5000]) tensor([3.0000, 3.5000]) tensor([3.5000]) tensor([3.5000])
