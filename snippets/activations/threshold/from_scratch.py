import torch
import torch.nn.functional as F


def threshold(input, threshold, value, inplace=False):
    # Both numbers are first converted to the input's dtype: rounded to float32,
    # or truncated (and wrapped) for integer tensors, as in PyTorch.
    limit = input.new_tensor(threshold)
    fill = input.new_tensor(value)
    # Replace where x <= threshold, the boundary included. nan is never <= anything,
    # so it is kept, with gradient 1.
    result = torch.where(input <= limit, fill, input)
    if inplace:
        return input.copy_(result)  # overwrite the input and return it
    return result


# The page's example: threshold 0.5, value 10; 0.5 itself is replaced.
x = torch.tensor([-1.0, 0.5, 0.75, float("nan")], requires_grad=True)
ours, theirs = threshold(x, 0.5, 10.0), F.threshold(x, 0.5, 10.0)
print(ours.detach(), theirs.detach())
#> tensor([10.0000, 10.0000,  0.7500,     nan]) tensor([10.0000, 10.0000,  0.7500,     nan])
print(*torch.autograd.grad(ours.sum(), x), *torch.autograd.grad(theirs.sum(), x))
#> tensor([0., 0., 1., 1.]) tensor([0., 0., 1., 1.])
