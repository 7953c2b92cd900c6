# snippet-devices: cpu  (the error names the CPU kernel)
import torch
import torch.nn.functional as F

# 2-D: an output of 4 with windows of 2 fits a width of 5 (4 + 2 - 1 = 5): every position starts a window.
print(F.fractional_max_pool2d(torch.zeros(1, 1, 5, 5), 2, output_size=4).shape)
#> torch.Size([1, 1, 4, 4])
# 3-D wants one position to spare: the same sizes are refused, an output of 3 is accepted.
try:
    F.fractional_max_pool3d(torch.zeros(1, 1, 5, 5, 5), 2, output_size=4)
except RuntimeError as error:
    print(error)
    #> fractional_max_pool3d_out(): pool time 2 too large relative to input time 5
print(F.fractional_max_pool3d(torch.zeros(1, 1, 5, 5, 5), 2, output_size=3).shape)
#> torch.Size([1, 1, 3, 3, 3])
