import torch
import torch.nn.functional as F

# A 3 x 3 x 3 window with padding 1 fits a padded 2 x 2 x 2 input, but avg_pool3d wants the
# input itself to hold a whole window; avg_pool2d accepts the same situation.
print(F.avg_pool2d(torch.ones(1, 1, 2, 2), 3, padding=1).shape)
#> torch.Size([1, 1, 1, 1])
try:
    F.avg_pool3d(torch.ones(1, 1, 2, 2, 2), 3, padding=1)
except RuntimeError as error:
    print(error)
    #> input image (T: 2 H: 2 W: 2) smaller than kernel size (kT: 3 kH: 3 kW: 3)
try:
    F.avg_pool2d(torch.ones(5, 5), 2)  # a 2-D image without a channel dimension
except IndexError as error:
    print(error)
    #> Dimension out of range (expected to be in range of [-2, 1], but got -3)
