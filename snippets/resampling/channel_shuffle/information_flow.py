import torch
import torch.nn as nn

torch.manual_seed(0)


def inputs_seen(shuffle):
    """The input channels that output channel 0 depends on, after two grouped 1x1 convolutions."""
    layers = [nn.Conv2d(9, 9, 1, groups=3), nn.Conv2d(9, 9, 1, groups=3)]
    if shuffle:
        layers.insert(1, nn.ChannelShuffle(3))
    x = torch.randn(1, 9, 1, 1, requires_grad=True)
    nn.Sequential(*layers)(x)[0, 0].sum().backward()
    return x.grad.flatten().nonzero().flatten().tolist()


print(inputs_seen(shuffle=False))  # only its own group: channels 0, 1, 2
#> [0, 1, 2]
print(inputs_seen(shuffle=True))   # all 9 channels
#> [0, 1, 2, 3, 4, 5, 6, 7, 8]
