import torch
import torch.nn as nn

layers = {
    "MaxPool2d(2)": nn.MaxPool2d(2),
    "MaxPool2d(2, ceil_mode=True)": nn.MaxPool2d(2, ceil_mode=True),
    "MaxPool2d(3, stride=2, padding=1)": nn.MaxPool2d(3, stride=2, padding=1),
    "MaxPool2d(3, stride=1, padding=1)": nn.MaxPool2d(3, stride=1, padding=1),
    "AvgPool2d(2)": nn.AvgPool2d(2),
    "AvgPool2d(3, stride=2)": nn.AvgPool2d(3, stride=2),
    "LPPool2d(2, 2)": nn.LPPool2d(2, 2),
    "AdaptiveAvgPool2d(1)": nn.AdaptiveAvgPool2d(1),
    "AdaptiveMaxPool2d(7)": nn.AdaptiveMaxPool2d(7),
    "FractionalMaxPool2d(2, output_ratio=0.7)": nn.FractionalMaxPool2d(2, output_ratio=0.7),
}
sizes = [7, 32, 33, 224]
print(f"{'H = W':42}" + "".join(f"{s:>6}" for s in sizes))
#> H = W                                          7    32    33   224
for name, layer in layers.items():
    outs = [layer(torch.zeros(1, 1, s, s)).shape[-1] for s in sizes]
    print(f"{name:42}" + "".join(f"{o:>6}" for o in outs))
    #> MaxPool2d(2)                                   3    16    16   112
    #> MaxPool2d(2, ceil_mode=True)                   4    16    17   112
    #> MaxPool2d(3, stride=2, padding=1)              4    16    17   112
    #> MaxPool2d(3, stride=1, padding=1)              7    32    33   224
    #> AvgPool2d(2)                                   3    16    16   112
    #> AvgPool2d(3, stride=2)                         3    15    16   111
    #> LPPool2d(2, 2)                                 3    16    16   112
    #> AdaptiveAvgPool2d(1)                           1     1     1     1
    #> AdaptiveMaxPool2d(7)                           7     7     7     7
    #> FractionalMaxPool2d(2, output_ratio=0.7)       4    22    23   156
