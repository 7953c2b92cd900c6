# snippet-devices: cpu  (the 2-D special case and the gradient below are the CPU kernels' own)
import torch
import torch.nn.functional as F

row = torch.tensor([[[10.0, 20.0]]], requires_grad=True)  # (N, C, L)
y = F.interpolate(row, scale_factor=1.3)                   # floor(2 * 1.3) = 2 pixels again
y.sum().backward()
print(y.detach(), row.grad)                                # pixel 1 reads pixel 0, yet both get gradient 1
#> tensor([[[10., 10.]]]) tensor([[[1., 1.]]])
image = row.detach().view(1, 1, 1, 2)
print(F.interpolate(image, scale_factor=1.3))              # a 2-D input is copied
#> tensor([[[[10., 20.]]]])
