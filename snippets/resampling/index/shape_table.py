import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(1, 16, 6, 6)  # (N, C, H, W)
identity = torch.tensor([[[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]])
layers = {
    "Upsample(x2, nearest)": nn.Upsample(scale_factor=2),
    "Upsample(x2, bilinear)": nn.Upsample(scale_factor=2, mode="bilinear"),
    "interpolate(size=4, area)": lambda t: F.interpolate(t, size=4, mode="area"),
    "PixelShuffle(2)": nn.PixelShuffle(2),
    "PixelUnshuffle(2)": nn.PixelUnshuffle(2),
    "ChannelShuffle(4)": nn.ChannelShuffle(4),
    "grid_sample(9 x 9 grid)": lambda t: F.grid_sample(
        t, F.affine_grid(identity, [1, 16, 9, 9], align_corners=False), align_corners=False),
    "Flatten()": nn.Flatten(),
    "Unflatten(1, (4, 4))": nn.Unflatten(1, (4, 4)),
}
for name, layer in layers.items():
    y = layer(x)
    rearranged = y.numel() == x.numel() and torch.equal(y.flatten().sort().values, x.flatten().sort().values)
    print(f"{name:26} {str(tuple(y.shape)):18} only rearranges: {rearranged}")
    #> Upsample(x2, nearest)      (1, 16, 12, 12)    only rearranges: False
    #> Upsample(x2, bilinear)     (1, 16, 12, 12)    only rearranges: False
    #> interpolate(size=4, area)  (1, 16, 4, 4)      only rearranges: False
    #> PixelShuffle(2)            (1, 4, 12, 12)     only rearranges: True
    #> PixelUnshuffle(2)          (1, 64, 3, 3)      only rearranges: True
    #> ChannelShuffle(4)          (1, 16, 6, 6)      only rearranges: True
    #> grid_sample(9 x 9 grid)    (1, 16, 9, 9)      only rearranges: False
    #> Flatten()                  (1, 576)           only rearranges: True
    #> Unflatten(1, (4, 4))       (1, 4, 4, 6, 6)    only rearranges: True
