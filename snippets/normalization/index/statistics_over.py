import torch
import torch.nn as nn

torch.manual_seed(0)
N, C, H, W = 4, 6, 5, 5
x = torch.randn(N, C, H, W) * 3 + 2  # one batch of images for every layer

# Each layer, and the elements that share one mean and one variance, as (group, elements) after a view.
layers = {
    "BatchNorm2d(6)": (nn.BatchNorm2d(C), lambda t: t.transpose(0, 1).reshape(C, -1)),  # per channel: N, H, W
    "LayerNorm([6, 5, 5])": (nn.LayerNorm([C, H, W]), lambda t: t.reshape(N, -1)),      # per sample: C, H, W
    "GroupNorm(2, 6)": (nn.GroupNorm(2, C), lambda t: t.reshape(N * 2, -1)),            # per sample and group
    "InstanceNorm2d(6)": (nn.InstanceNorm2d(C), lambda t: t.reshape(N * C, -1)),        # per sample and channel
    "RMSNorm([6, 5, 5])": (nn.RMSNorm([C, H, W]), lambda t: t.reshape(N, -1)),          # per sample: C, H, W
}
for name, (layer, groups) in layers.items():
    g = groups(layer(x).detach())
    mean, std, rms = g.mean(1), g.std(1, correction=0), g.pow(2).mean(1).sqrt()
    print(f"{name:20} {len(g):2} groups of {g.shape[1]:3} values: largest |mean| {mean.abs().max():.4f}, "
          f"std {std.min():.4f} to {std.max():.4f}, root mean square {rms.min():.4f} to {rms.max():.4f}")
    #> BatchNorm2d(6)        6 groups of 100 values: largest |mean| 0.0000, std 1.0000 to 1.0000, root mean square 1.0000 to 1.0000
    #> LayerNorm([6, 5, 5])  4 groups of 150 values: largest |mean| 0.0000, std 1.0000 to 1.0000, root mean square 1.0000 to 1.0000
    #> GroupNorm(2, 6)       8 groups of  75 values: largest |mean| 0.0000, std 1.0000 to 1.0000, root mean square 1.0000 to 1.0000
    #> InstanceNorm2d(6)    24 groups of  25 values: largest |mean| 0.0000, std 1.0000 to 1.0000, root mean square 1.0000 to 1.0000
    #> RMSNorm([6, 5, 5])    4 groups of 150 values: largest |mean| 0.6291, std 0.7773 to 0.8492, root mean square 1.0000 to 1.0000
