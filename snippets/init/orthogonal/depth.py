import torch
import torch.nn as nn

# 30 linear layers of width 64 without activations. Ratio of output length to input length for
# 1000 random inputs: minimum, median, maximum after layers 1, 10 and 30.
g = torch.Generator().manual_seed(0)
x = torch.randn(1000, 64, generator=g, dtype=torch.float64, device="cpu")
inits = {
    "orthogonal_": lambda w: nn.init.orthogonal_(w, generator=g),
    "kaiming_normal_": lambda w: nn.init.kaiming_normal_(w, nonlinearity="linear", generator=g),
}
for name, init in inits.items():
    h = x
    for layer in range(1, 31):
        h = h @ init(torch.empty(64, 64, dtype=torch.float64, device="cpu")).T
        if layer in (1, 10, 30):
            ratio = h.norm(dim=1) / x.norm(dim=1)
            print(f"{name:16} layer {layer:2}: {ratio.min():.3f} {ratio.median():.3f} {ratio.max():.3f}")
            #> orthogonal_      layer  1: 1.000 1.000 1.000
            #> orthogonal_      layer 10: 1.000 1.000 1.000
            #> orthogonal_      layer 30: 1.000 1.000 1.000
            #> kaiming_normal_  layer  1: 0.763 0.994 1.290
            #> kaiming_normal_  layer 10: 0.417 0.996 2.075
            #> kaiming_normal_  layer 30: 0.169 0.650 2.231
