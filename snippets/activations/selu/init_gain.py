import torch
import torch.nn as nn

# The gain PyTorch suggests for SELU is 3/4...
print(nn.init.calculate_gain("selu"))
#> 0.75

torch.manual_seed(0)
x = torch.randn(256, 256)


def final_std(nonlinearity, depth=16, width=256):
    h = x
    with torch.no_grad():
        for _ in range(depth):
            linear = nn.Linear(width, width)
            nn.init.kaiming_normal_(linear.weight, nonlinearity=nonlinearity)
            nn.init.zeros_(linear.bias)
            h = torch.selu(linear(h))
    return h.std().item()


# ...but it shrinks the signal layer after layer; "linear" (LeCun normal) keeps it at 1.
print(final_std("selu") < 0.5, round(final_std("linear"), 1))
#> True 1.0
