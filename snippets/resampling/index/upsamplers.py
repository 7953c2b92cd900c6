import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(1, 64, 16, 16)
upsamplers = {  # three learned ways to double the resolution, 64 -> 32 channels
    "Upsample + Conv2d": nn.Sequential(nn.Upsample(scale_factor=2), nn.Conv2d(64, 32, 3, padding=1)),
    "ConvTranspose2d": nn.ConvTranspose2d(64, 32, kernel_size=2, stride=2),
    "Conv2d + PixelShuffle": nn.Sequential(nn.Conv2d(64, 32 * 4, 3, padding=1), nn.PixelShuffle(2)),
}
for name, layer in upsamplers.items():
    print(f"{name:22}", tuple(layer(x).shape), sum(p.numel() for p in layer.parameters()), "parameters")
    #> Upsample + Conv2d      (1, 32, 32, 32) 18464 parameters
    #> ConvTranspose2d        (1, 32, 32, 32) 8224 parameters
    #> Conv2d + PixelShuffle  (1, 32, 32, 32) 73856 parameters

# a transposed convolution whose kernel (3) is not a multiple of its stride (2) overlaps unevenly:
# with all-ones weights and input, the outputs count the overlaps, in a checkerboard pattern
up = nn.ConvTranspose2d(1, 1, kernel_size=3, stride=2, bias=False)
nn.init.ones_(up.weight)
print(up(torch.ones(1, 1, 4, 4))[0, 0, 2:7, 2:7].detach())
#> tensor([[4., 2., 4., 2., 4.],
#>         [2., 1., 2., 1., 2.],
#>         [4., 2., 4., 2., 4.],
#>         [2., 1., 2., 1., 2.],
#>         [4., 2., 4., 2., 4.]])
