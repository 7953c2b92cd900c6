import torch
import torch.nn.functional as F

# PyTorch's message, word for word.
NEGATIVE_INPLACE = (
    "In-place leakyReLu backward calculation is triggered with a negative slope which is not supported. "
    "This is caused by calling in-place forward function with a negative slope, please call out-of-place "
    "version instead. File an issue at https://github.com/pytorch/pytorch if you do require supporting "
    "in-place leakRelu backward calculation with negative slope"
)


def leaky_relu(input, negative_slope=0.01, inplace=False):
    if not input.is_floating_point():
        raise NotImplementedError(f"leaky_relu is not implemented for {input.dtype}")
    # Keep x where x > 0, else slope * x. The kink 0 and nan (not > 0) take the slope side:
    # gradient = slope there, as in PyTorch.
    result = torch.where(input > 0, input, input * negative_slope)
    if not inplace:
        return result
    input.copy_(result)  # overwrite the input and return it
    if negative_slope < 0 and input.requires_grad:
        # PyTorch's in-place backward reads the sign of x from the output; a negative slope
        # flips it, so the backward pass refuses to run. Do the same.
        def refuse(grad):
            raise RuntimeError(NEGATIVE_INPLACE)

        input.register_hook(refuse)
    return input


# The page's example: slope 0.2, the kink 0 and a nan, values and gradients next to torch's.
x = torch.tensor([-2.0, 0.0, 0.5, float("nan")], requires_grad=True)
ours, theirs = leaky_relu(x, 0.2), F.leaky_relu(x, 0.2)
print(ours.detach(), theirs.detach())
#> tensor([-0.4000,  0.0000,  0.5000,     nan]) tensor([-0.4000,  0.0000,  0.5000,     nan])
print(*torch.autograd.grad(ours.sum(), x), *torch.autograd.grad(theirs.sum(), x))
#> tensor([0.2000, 0.2000, 1.0000, 0.2000]) tensor([0.2000, 0.2000, 1.0000, 0.2000])
