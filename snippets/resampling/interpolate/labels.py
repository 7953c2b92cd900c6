import torch
import torch.nn.functional as F

labels = torch.tensor([[0, 0, 3],
                       [0, 3, 3],
                       [1, 1, 3]])  # a segmentation mask of class indices
as_image = labels[None, None].float()
print(F.interpolate(as_image, size=(5, 5), mode="bilinear")[0, 0])
#> tensor([[0.0000, 0.0000, 0.0000, 1.8000, 3.0000],
#>         [0.0000, 0.4800, 1.2000, 2.2800, 3.0000],
#>         [0.0000, 1.2000, 3.0000, 3.0000, 3.0000],
#>         [0.6000, 1.0800, 1.8000, 2.5200, 3.0000],
#>         [1.0000, 1.0000, 1.0000, 2.2000, 3.0000]])
print(F.interpolate(as_image, size=(5, 5), mode="nearest-exact")[0, 0].long())
#> tensor([[0, 0, 0, 3, 3],
#>         [0, 0, 0, 3, 3],
#>         [0, 0, 3, 3, 3],
#>         [1, 1, 1, 3, 3],
#>         [1, 1, 1, 3, 3]])
