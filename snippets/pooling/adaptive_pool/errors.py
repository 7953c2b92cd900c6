import torch
import torch.nn.functional as F

try:
    F.adaptive_avg_pool2d(torch.zeros(1, 1, 5, 7), (2, 3, 4))  # one size too many
except RuntimeError as error:
    print(error)
    #> adaptive_avg_pool2d: output_size must be 2
try:
    F.adaptive_avg_pool2d(torch.zeros(5, 7), (2, 3))  # no channel dimension
except ValueError as error:
    print(error)
    #> Input dimension should be at least 3
print(F.adaptive_avg_pool2d(torch.zeros(5, 7)[None], (2, 3)).shape)
#> torch.Size([1, 2, 3])
