import torch
import torch.nn.functional as F

x = -torch.tensor([[[[1.0, 2.0, 3.0],
                     [4.0, 5.0, 6.0],
                     [7.0, 8.0, 9.0]]]])  # all negative
# The padding counts as -inf: a border window returns a real element, never 0.
print(F.max_pool2d(x, 2, stride=2, padding=1))
#> tensor([[[[-1., -2.],
#>           [-4., -5.]]]])
for kernel, padding, dilation in [(3, 2, 1), (3, 2, 2)]:
    try:
        F.max_pool2d(x, kernel, padding=padding, dilation=dilation)
    except RuntimeError as error:
        print(error)
        #> pad should be at most half of effective kernel size, but got pad=2, kernel_size=3 and dilation=1
        #> pad should be smaller than or equal to half of kernel size, but got padW = 2, padH = 2, kW = 3, kH = 3
