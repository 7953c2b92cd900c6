import torch
import torch.nn.functional as F

# PyTorch's message for an in-place leaky_relu with a negative slope, word for word.
NEGATIVE_INPLACE = (
    "In-place leakyReLu backward calculation is triggered with a negative slope which is not supported. "
    "This is caused by calling in-place forward function with a negative slope, please call out-of-place "
    "version instead. File an issue at https://github.com/pytorch/pytorch if you do require supporting "
    "in-place leakRelu backward calculation with negative slope"
)


def rrelu(input, lower=1.0 / 8, upper=1.0 / 3, training=False, inplace=False):
    if lower > upper:
        raise RuntimeError("Lower bound should be less than or equal to the upper bound")
    if not input.is_floating_point():
        raise NotImplementedError(f"rrelu is not implemented for {input.dtype}")
    if training:
        # One slope per element, uniform in [lower, upper], used where x <= 0.
        # nan is not <= 0: it passes unchanged with gradient 1.
        slope = lower + (upper - lower) * torch.rand_like(input)
        result = torch.where(input <= 0, input * slope, input)
    else:
        # A leaky_relu with the mean slope; the kink 0 and nan (not > 0) take that slope.
        result = torch.where(input > 0, input, input * ((lower + upper) / 2))
    if not inplace:
        return result
    input.copy_(result)  # overwrite the input and return it
    if not training and (lower + upper) / 2 < 0 and input.requires_grad:
        def refuse(grad):  # like an in-place leaky_relu, a negative slope cannot run backward
            raise RuntimeError(NEGATIVE_INPLACE)

        input.register_hook(refuse)
    return input


# The page's example in evaluation mode: slope 11/48 on the kink 0, on -2 and on nan.
x = torch.tensor([-2.0, 0.0, 1.5, float("nan")], requires_grad=True)
ours, theirs = rrelu(x), F.rrelu(x)
print(ours.detach(), theirs.detach())
#> tensor([-0.4583,  0.0000,  1.5000,     nan]) tensor([-0.4583,  0.0000,  1.5000,     nan])
print(*torch.autograd.grad(ours.sum(), x), *torch.autograd.grad(theirs.sum(), x))
#> tensor([0.2292, 0.2292, 1.0000, 0.2292]) tensor([0.2292, 0.2292, 1.0000, 0.2292])
