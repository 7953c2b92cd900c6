import torch
import torch.nn.functional as F


def softsign(input):
    # PyTorch computes exactly this expression; the true division turns integers into floats.
    return input / (1 + input.abs())


# Values and gradients: ours (first row), then PyTorch's.
x = torch.tensor([-9.0, -1.0, 0.0, 1.0, 9.0], requires_grad=True)
print(torch.stack([softsign(x), F.softsign(x)]).detach())
#> tensor([[-0.9000, -0.5000,  0.0000,  0.5000,  0.9000],
#>         [-0.9000, -0.5000,  0.0000,  0.5000,  0.9000]])
mine, = torch.autograd.grad(softsign(x).sum(), x)
theirs, = torch.autograd.grad(F.softsign(x).sum(), x)
print(torch.stack([mine, theirs]))  # 1 / (1 + |x|)^2, and 1 at 0 despite the kink of |x|
#> tensor([[0.0100, 0.2500, 1.0000, 0.2500, 0.0100],
#>         [0.0100, 0.2500, 1.0000, 0.2500, 0.0100]])
