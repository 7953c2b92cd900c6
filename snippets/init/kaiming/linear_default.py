import math

import torch
import torch.nn as nn

torch.manual_seed(0)
layer = nn.Linear(512, 512, device="cpu")  # reset_parameters: kaiming_uniform_(weight, a=sqrt(5))
w = layer.weight.detach()
print(f"bound {1 / math.sqrt(512):.4f}  max {w.abs().max():.4f}")
#> bound 0.0442  max 0.0442
print(f"std {w.std():.4f}  1/sqrt(3 fan_in) {1 / math.sqrt(3 * 512):.4f}  "
      f"ReLU needs sqrt(2/fan_in) {math.sqrt(2 / 512):.4f}")
#> std 0.0255  1/sqrt(3 fan_in) 0.0255  ReLU needs sqrt(2/fan_in) 0.0625
