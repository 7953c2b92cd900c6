import torch
import torch.nn as nn

# torch.nn.functional has no softmax2d; this function computes what nn.Softmax2d() computes.


def softmax2d(input):
    if input.dim() not in (3, 4):  # (C, H, W) or (N, C, H, W)
        raise ValueError(f"Softmax2d: expected input to be 3D or 4D, got {input.dim()}D instead")
    if input.numel() == 0:
        return input.clone()  # nothing to normalize
    # Softmax over the channels (dim -3 in both layouts), each pixel on its own,
    # shifted by the channel maximum of the pixel so that exp() stays <= 1.
    shifted = input - input.amax(-3, keepdim=True).detach()
    exp = shifted.exp()
    return exp / exp.sum(-3, keepdim=True)


# The image of the basic example: C=3 channels, 2 x 2 pixels; the distribution of two pixels.
x = torch.tensor([[[[1.0, 0.0], [2.0, -1.0]],
                   [[0.0, 0.0], [1.0, 3.0]],
                   [[-1.0, 0.0], [0.0, 0.5]]]], requires_grad=True)
mine, theirs = softmax2d(x), nn.Softmax2d()(x)
print(mine[0, :, 0, 0].detach(), theirs[0, :, 0, 0].detach())
#> tensor([0.6652, 0.2447, 0.0900]) tensor([0.6652, 0.2447, 0.0900])
print(mine[0, :, 1, 1].detach(), theirs[0, :, 1, 1].detach())
#> tensor([0.0166, 0.9088, 0.0746]) tensor([0.0166, 0.9088, 0.0746])

# The gradient stays within each pixel: an upstream gradient on channel 0 of pixel (0, 0)
# reaches the three channels of that pixel only.
g = torch.zeros(1, 3, 2, 2)
g[0, 0, 0, 0] = 1.0
grad_mine, = torch.autograd.grad(mine, x, g)
grad_theirs, = torch.autograd.grad(theirs, x, g)
print(grad_mine[0, :, 0, 0], grad_theirs[0, :, 0, 0], grad_mine.count_nonzero().item())
#> tensor([ 0.2227, -0.1628, -0.0599]) tensor([ 0.2227, -0.1628, -0.0599]) 3
