import math

import torch
import torch.nn as nn

# A weight stored as (in, out) and used as x @ w, here 784 inputs and 10 outputs.
g = torch.Generator().manual_seed(0)
w = torch.empty(784, 10, device="cpu")
nn.init.kaiming_normal_(w, nonlinearity="relu", generator=g)  # reads fan_in from dimension 1: 10
print(f"std {w.std():.4f}  sqrt(2/10) {math.sqrt(2 / 10):.4f}")
#> std 0.4485  sqrt(2/10) 0.4472
nn.init.kaiming_normal_(w.T, nonlinearity="relu", generator=g)  # the (out, in) view: fan_in 784
print(f"std {w.std():.4f}  sqrt(2/784) {math.sqrt(2 / 784):.4f}")
#> std 0.0509  sqrt(2/784) 0.0505
