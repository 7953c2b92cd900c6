import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(256, 256)  # mean 0, standard deviation 1


def deep_net(activation, depth=16, width=256):
    layers = []
    for _ in range(depth):
        linear = nn.Linear(width, width)
        # LeCun normal: weights ~ N(0, 1 / fan_in); nonlinearity="linear" gives exactly that.
        nn.init.kaiming_normal_(linear.weight, nonlinearity="linear")
        nn.init.zeros_(linear.bias)
        layers += [linear, activation]
    return nn.Sequential(*layers)


def std_after_each_layer(net, x):
    stds = []
    with torch.no_grad():
        for layer in net:
            x = layer(x)
            if not isinstance(layer, nn.Linear):
                stds.append(round(x.std().item(), 1))
    return x, stds


y, stds = std_after_each_layer(deep_net(nn.SELU()), x)
print(stds)
#> [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]
print(round(y.mean().item(), 1) + 0.0, round(y.std().item(), 1))  # + 0.0 turns -0.0 into 0.0
#> 0.0 1.0
# The same network with ReLU: the signal fades away.
y, stds = std_after_each_layer(deep_net(nn.ReLU()), x)
print(round(y.std().item(), 1))
#> 0.0
