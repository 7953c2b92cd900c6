import torch
import torch.nn.functional as F

row = torch.tensor([[[[1.0, 2.0, 3.0, 4.0]]]])          # one row, W = 4
x = torch.linspace(-2.0, 2.0, 9)                         # from far left to far right
points = torch.stack([x, torch.zeros(9)], dim=-1).view(1, 1, 9, 2)
print("x         ", x)
#> x          tensor([-2.0000, -1.5000, -1.0000, -0.5000,  0.0000,  0.5000,  1.0000,  1.5000,
#>          2.0000])
for padding in ("zeros", "border", "reflection"):
    print(f"{padding:10}", F.grid_sample(row, points, padding_mode=padding, align_corners=False).flatten())
    #> zeros      tensor([0.0000, 0.0000, 0.5000, 1.5000, 2.5000, 3.5000, 2.0000, 0.0000, 0.0000])
    #> border     tensor([1.0000, 1.0000, 1.0000, 1.5000, 2.5000, 3.5000, 4.0000, 4.0000, 4.0000])
    #> reflection tensor([2.5000, 1.5000, 1.0000, 1.5000, 2.5000, 3.5000, 4.0000, 3.5000, 2.5000])
