import torch
import torch.nn.functional as F

x = torch.tensor([[[1.0, 7.0, 2.0, 0.0]]])
pooled, indices = F.max_pool1d(x, 2, stride=1, return_indices=True)  # overlapping windows
print(pooled, indices)  # the 7 is the maximum of two windows
#> tensor([[[7., 7., 2.]]]) tensor([[[1, 1, 2]]])
print(F.max_unpool1d(pooled, indices, 2, stride=1))  # written twice at the same place
#> tensor([[[0., 7., 2., 0.]]])
p = pooled.clone().requires_grad_()
F.max_unpool1d(p, indices, 2, stride=1).sum().backward()
print(p.grad)  # both copies of 7 receive the gradient of position 1
#> tensor([[[1., 1., 1.]]])
