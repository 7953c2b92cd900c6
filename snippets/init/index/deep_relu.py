import math

import torch
import torch.nn as nn

# 20 Linear + ReLU layers of width 256 (bias 0): the standard deviation of the activations.
g = torch.Generator().manual_seed(0)
x = torch.randn(512, 256, generator=g, dtype=torch.float64, device="cpu")
inits = {
    "nn.Linear default": lambda w: nn.init.kaiming_uniform_(w, a=math.sqrt(5), generator=g),
    "normal_(std=0.01)": lambda w: nn.init.normal_(w, std=0.01, generator=g),
    "xavier_uniform_": lambda w: nn.init.xavier_uniform_(w, generator=g),
    "kaiming_normal_ relu": lambda w: nn.init.kaiming_normal_(w, nonlinearity="relu", generator=g),
}
print(f"{'':22}" + "".join(f"{'layer ' + str(k):>10}" for k in (1, 5, 10, 20)))
#>                          layer 1   layer 5  layer 10  layer 20
for name, init in inits.items():
    h, row = x, []
    for layer in range(1, 21):
        h = torch.relu(h @ init(torch.empty(256, 256, dtype=torch.float64, device="cpu")).T)
        if layer in (1, 5, 10, 20):
            row.append(f"{h.std().item():10.3g}")
    print(f"{name:22}" + "".join(row))
    #> nn.Linear default          0.337   0.00878  9.21e-05   1.2e-08
    #> normal_(std=0.01)         0.0938  1.55e-05  2.53e-10  7.64e-20
    #> xavier_uniform_            0.583      0.15    0.0246  0.000672
    #> kaiming_normal_ relu       0.829     0.762     0.702     0.792
