# snippet-devices: cpu  (the printed mask comes from the CPU generator; the CUDA generator draws a different mask)
import torch
import torch.nn.functional as F


def dropout(input, p=0.5, training=True, inplace=False):
    if p < 0.0 or p > 1.0:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
    if p == 0 or not training or input.numel() == 0:
        return input  # nothing to do: the very same tensor comes back
    if p == 1:  # multiply by 0 (so inf and nan become nan), do not assign 0
        zero = input.new_zeros(())
        return input.mul_(zero) if inplace else input * zero
    # keep each element with probability 1 - p, drawn as PyTorch's CPU kernel draws it
    mask = torch.empty_like(input).bernoulli_(1 - p)
    mask.div_(1 - p)  # scale the survivors so that the expected value is unchanged
    return input.mul_(mask) if inplace else input * mask


# The example of the page: the same seed gives the same mask as F.dropout.
x = torch.arange(1.0, 11.0, requires_grad=True)
torch.manual_seed(0)
mine = dropout(x, p=0.4)
torch.manual_seed(0)
theirs = F.dropout(x, p=0.4)
print(mine.detach(), theirs.detach(), sep="\n")
#> tensor([ 0.0000,  0.0000,  5.0000,  0.0000,  0.0000,  0.0000, 11.6667, 13.3333,
#>         15.0000, 16.6667])
#> tensor([ 0.0000,  0.0000,  5.0000,  0.0000,  0.0000,  0.0000, 11.6667, 13.3333,
#>         15.0000, 16.6667])

# The gradient is the mask itself: 0 where dropped, 1 / (1 - p) where kept.
print(torch.autograd.grad(mine.sum(), x)[0], torch.autograd.grad(theirs.sum(), x)[0], sep="\n")
#> tensor([0.0000, 0.0000, 1.6667, 0.0000, 0.0000, 0.0000, 1.6667, 1.6667, 1.6667,
#>         1.6667])
#> tensor([0.0000, 0.0000, 1.6667, 0.0000, 0.0000, 0.0000, 1.6667, 1.6667, 1.6667,
#>         1.6667])
