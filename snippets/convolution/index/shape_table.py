import torch
import torch.nn as nn


def conv_out(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def transposed_out(n, k, s=1, p=0, d=1, op=0):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


C = 16
rows = [  # name, layer, the size its formula predicts for an input of size n
    ("Conv2d k3 s1 p1", nn.Conv2d(C, C, 3, padding=1), lambda n: conv_out(n, 3, p=1)),
    ("Conv2d k3 s1 p0", nn.Conv2d(C, C, 3), lambda n: conv_out(n, 3)),
    ("Conv2d k3 s2 p1", nn.Conv2d(C, C, 3, stride=2, padding=1), lambda n: conv_out(n, 3, s=2, p=1)),
    ("Conv2d k3 'same'", nn.Conv2d(C, C, 3, padding="same"), lambda n: n),
    ("Conv2d k3 d2 p2", nn.Conv2d(C, C, 3, padding=2, dilation=2), lambda n: conv_out(n, 3, p=2, d=2)),
    ("Conv2d k3 d2 p0", nn.Conv2d(C, C, 3, dilation=2), lambda n: conv_out(n, 3, d=2)),
    ("Conv2d k7 s2 p3", nn.Conv2d(C, C, 7, stride=2, padding=3), lambda n: conv_out(n, 7, s=2, p=3)),
    ("Conv2d k2 s2", nn.Conv2d(C, C, 2, stride=2), lambda n: conv_out(n, 2, s=2)),
    ("Conv2d k1 (1x1)", nn.Conv2d(C, 2 * C, 1), lambda n: n),
    ("Conv2d k3 p1 depthwise", nn.Conv2d(C, C, 3, padding=1, groups=C), lambda n: conv_out(n, 3, p=1)),
    ("ConvTranspose2d k4 s2 p1", nn.ConvTranspose2d(C, C, 4, stride=2, padding=1),
     lambda n: transposed_out(n, 4, s=2, p=1)),
    ("ConvTranspose2d k2 s2", nn.ConvTranspose2d(C, C, 2, stride=2), lambda n: transposed_out(n, 2, s=2)),
    ("ConvTranspose2d k3 s2 p1", nn.ConvTranspose2d(C, C, 3, stride=2, padding=1),
     lambda n: transposed_out(n, 3, s=2, p=1)),
    ("ConvTranspose2d k3 s2 p1 op1", nn.ConvTranspose2d(C, C, 3, stride=2, padding=1, output_padding=1),
     lambda n: transposed_out(n, 3, s=2, p=1, op=1)),
]
print(f"{'layer (16 channels in)':30} {'32 ->':>5} {'33 ->':>5} {'params':>7}")
#> layer (16 channels in)         32 -> 33 ->  params
agree = True
for name, layer, formula in rows:
    sizes = [layer(torch.zeros(1, C, n, n)).shape[-1] for n in (32, 33)]
    agree &= sizes == [formula(32), formula(33)]
    print(f"{name:30} {sizes[0]:5} {sizes[1]:5} {sum(p.numel() for p in layer.parameters()):7}")
    #> Conv2d k3 s1 p1                   32    33    2320
    #> Conv2d k3 s1 p0                   30    31    2320
    #> Conv2d k3 s2 p1                   16    17    2320
    #> Conv2d k3 'same'                  32    33    2320
    #> Conv2d k3 d2 p2                   32    33    2320
    #> Conv2d k3 d2 p0                   28    29    2320
    #> Conv2d k7 s2 p3                   16    17   12560
    #> Conv2d k2 s2                      16    16    1040
    #> Conv2d k1 (1x1)                   32    33     544
    #> Conv2d k3 p1 depthwise            32    33     160
    #> ConvTranspose2d k4 s2 p1          64    66    4112
    #> ConvTranspose2d k2 s2             64    66    1040
    #> ConvTranspose2d k3 s2 p1          63    65    2320
    #> ConvTranspose2d k3 s2 p1 op1      64    66    2320
print("formula agrees with every layer:", agree)
#> formula agrees with every layer: True
