import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.selu(torch.randn(100_000))  # SELU output: mean 0, standard deviation 1
for layer in (nn.AlphaDropout(p=0.2), nn.Dropout(p=0.2)):
    y = layer(x)  # modules start in training mode
    print(layer, round(y.mean().item(), 1) + 0.0, round(y.std().item(), 1))
    #> AlphaDropout(p=0.2, inplace=False) 0.0 1.0
    #> Dropout(p=0.2, inplace=False) 0.0 1.1

# AlphaDropout sets dropped units to SELU's floor -scale * alpha, then applies one affine map
# a * y + b that restores mean and variance: for a zero input, every output is one of two values.
print(nn.AlphaDropout(p=0.2)(torch.zeros(10_000)).unique())
#> tensor([-1.2362,  0.3090])
p, floor = 0.2, -1.7580993408473766
a = ((1 - p) * (1 + p * floor**2)) ** -0.5
b = -a * floor * p
print(round(a * floor + b, 4), round(b, 4))  # dropped units, kept units
#> -1.2362 0.309

# In evaluation mode it is the identity; F.alpha_dropout defaults to training=False.
layer = nn.AlphaDropout(p=0.2).eval()
print(torch.equal(layer(x), x), torch.equal(F.alpha_dropout(x, p=0.2), x))
#> True True
