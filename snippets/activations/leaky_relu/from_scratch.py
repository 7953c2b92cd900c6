import torch
import torch.nn.functional as F

NEGATIVE_INPLACE = (
    "In-place leakyReLu backward calculation is triggered with a negative slope which is not supported. "
    "This is caused by calling in-place forward function with a negative slope, please call out-of-place "
    "version instead. File an issue at https://github.com/pytorch/pytorch if you do require supporting "
    "in-place leakRelu backward calculation with negative slope"
)


def leaky_relu(input, negative_slope=0.01, inplace=False):
    if not input.is_floating_point():
        raise NotImplementedError(f"leaky_relu is not implemented for {input.dtype}")
    # "x > 0": nan is not > 0, so it takes the negative branch (nan, gradient = slope), as in PyTorch.
    result = torch.where(input > 0, input, input * negative_slope)
    if not inplace:
        return result
    input.copy_(result)
    if negative_slope < 0 and input.requires_grad:
        # PyTorch's in-place backward reads the sign of x from the output, which a negative slope flips.
        def refuse(grad):
            raise RuntimeError(NEGATIVE_INPLACE)

        input.register_hook(refuse)
    return input


def agrees(x, negative_slope):
    """Same value and same autograd gradient as torch.nn.functional.leaky_relu."""
    ours_in = x.clone().requires_grad_()
    ref_in = x.clone().requires_grad_()
    ours, ref = leaky_relu(ours_in, negative_slope), F.leaky_relu(ref_in, negative_slope)
    ours.sum().backward()
    ref.sum().backward()
    return torch.allclose(ours, ref, equal_nan=True) and torch.allclose(ours_in.grad, ref_in.grad, equal_nan=True)


x = torch.arange(-12, 13, dtype=torch.float64) / 4  # -3, -2.75, ..., 3: hits the kink 0 exactly
print([agrees(x, slope) for slope in (0.01, 0.0, 0.2, 1.0, -1.0, 3.0)])
#> [True, True, True, True, True, True]
special = torch.tensor([float("-inf"), -1e300, -0.0, float("nan"), 1e300, float("inf")], dtype=torch.float64)
print(agrees(special, 0.01), agrees(special, 0.0), agrees(x[1:].reshape(2, 3, 4), 0.2))
#> True True True
print(agrees(torch.tensor(-0.5), 0.01), agrees(torch.empty(0), 0.01))
#> True True

a, b = x.clone(), x.clone()
print(leaky_relu(a, 0.2, inplace=True) is a, torch.equal(a, F.leaky_relu(b, 0.2, inplace=True)))
#> True True


def refuses_negative_inplace(fn):
    h = torch.tensor([-1.0, 2.0], requires_grad=True) * 1
    try:
        fn(h, -0.5, inplace=True).sum().backward()
    except RuntimeError as error:
        return str(error) == NEGATIVE_INPLACE
    return False


print(refuses_negative_inplace(leaky_relu), refuses_negative_inplace(F.leaky_relu))
#> True True
