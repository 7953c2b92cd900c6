import torch
import torch.nn as nn

x = torch.tensor([[1.0, -2.0, 0.5, 3.0],
                  [0.0, 4.0, -1.0, -3.0]])
# GLU halves the chosen dim: first half * sigmoid(second half).
print(nn.GLU(dim=-1)(x))
#> tensor([[ 0.6225, -1.9051],
#>         [ 0.0000,  0.1897]])
print(torch.equal(nn.GLU(dim=-1)(x), x[:, :2] * torch.sigmoid(x[:, 2:])))
#> True
# Softmax and Softmin (softmax of -x) give slices in [0, 1] that sum to 1 ...
for module in [nn.Softmax(dim=1), nn.Softmin(dim=1)]:
    y = module(x)
    print(module, (y >= 0).all().item(), (y <= 1).all().item(), y.sum(dim=1))
    #> Softmax(dim=1) True True tensor([1.0000, 1.0000])
    #> Softmin(dim=1) True True tensor([1., 1.])
# ... LogSoftmax their logarithms, all <= 0, and Softmax2d does it over the channels of an image.
log_probs = nn.LogSoftmax(dim=1)(x)
print((log_probs <= 0).all().item(), log_probs.exp().sum(dim=1))
#> True tensor([1., 1.])
image = x.reshape(1, 2, 2, 2)  # (N, C=2, H=2, W=2)
print(nn.Softmax2d()(image).sum(dim=1))
#> tensor([[[1.0000, 1.0000],
#>          [1.0000, 1.0000]]])
