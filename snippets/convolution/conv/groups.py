import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(1, 8, 16, 16)
layers = {
    "standard 3x3": nn.Conv2d(8, 16, 3, padding=1),
    "groups=2": nn.Conv2d(8, 16, 3, padding=1, groups=2),
    "depthwise 3x3": nn.Conv2d(8, 8, 3, padding=1, groups=8),
    "depthwise x2": nn.Conv2d(8, 16, 3, padding=1, groups=8),  # 2 filters per input channel
    "1x1": nn.Conv2d(8, 16, 1),
}
for name, conv in layers.items():
    n_params = sum(p.numel() for p in conv.parameters())
    print(f"{name:14} weight {tuple(conv.weight.shape)}  params {n_params:5}  output {tuple(conv(x).shape)}")
    #> standard 3x3   weight (16, 8, 3, 3)  params  1168  output (1, 16, 16, 16)
    #> groups=2       weight (16, 4, 3, 3)  params   592  output (1, 16, 16, 16)
    #> depthwise 3x3  weight (8, 1, 3, 3)  params    80  output (1, 8, 16, 16)
    #> depthwise x2   weight (16, 1, 3, 3)  params   160  output (1, 16, 16, 16)
    #> 1x1            weight (16, 8, 1, 1)  params   144  output (1, 16, 16, 16)

# groups=2 is two independent convolutions, each on half of the channels (compared in float64)
conv, x = layers["groups=2"].double(), x.double()
w, b = conv.weight, conv.bias
halves = [nn.functional.conv2d(x[:, 4 * g:4 * g + 4], w[8 * g:8 * g + 8], b[8 * g:8 * g + 8], padding=1)
          for g in range(2)]
print(torch.allclose(conv(x), torch.cat(halves, dim=1)))
#> True
