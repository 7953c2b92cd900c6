import torch
import torch.nn as nn


def receptive_field(*layers):
    """Side of the input square that the center output pixel depends on."""
    net = nn.Sequential(*layers)
    for layer in layers:
        nn.init.ones_(layer.weight)  # all weights positive: no cancellations
    x = torch.zeros(1, 1, 65, 65, requires_grad=True)
    y = net(x)
    y[0, 0, y.shape[2] // 2, y.shape[3] // 2].backward()
    return int((x.grad[0, 0].abs().sum(dim=1) > 0).sum())


def conv(k=3, s=1, d=1):
    return nn.Conv2d(1, 1, k, stride=s, padding=d * (k - 1) // 2, dilation=d, bias=False)


print("one 3x3:          ", receptive_field(conv()))
#> one 3x3:           3
print("two 3x3:          ", receptive_field(conv(), conv()))
#> two 3x3:           5
print("three 3x3:        ", receptive_field(conv(), conv(), conv()))
#> three 3x3:         7
print("3x3, 3x3 s2, 3x3: ", receptive_field(conv(), conv(s=2), conv()))
#> 3x3, 3x3 s2, 3x3:  9
print("dilations 1, 2, 4:", receptive_field(conv(d=1), conv(d=2), conv(d=4)))
#> dilations 1, 2, 4: 15
print("one 7x7:          ", receptive_field(conv(k=7)))
#> one 7x7:           7
