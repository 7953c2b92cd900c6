import torch
import torch.nn as nn

# One image, C=3 channels (class scores), H=2, W=2.
x = torch.tensor([[[[1.0, 0.0], [2.0, -1.0]],
                   [[0.0, 0.0], [1.0, 3.0]],
                   [[-1.0, 0.0], [0.0, 0.5]]]])  # (N=1, C=3, H=2, W=2)
probs = nn.Softmax2d()(x)
print(probs.shape)
#> torch.Size([1, 3, 2, 2])
# at every pixel (h, w) the C channel values form a distribution
print(probs.sum(dim=1))
#> tensor([[[1., 1.],
#>          [1., 1.]]])
print(probs[0, :, 0, 0], probs[0, :, 1, 1])
#> tensor([0.6652, 0.2447, 0.0900]) tensor([0.0166, 0.9088, 0.0746])
