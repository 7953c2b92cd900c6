import torch

x = torch.tensor([2.0], requires_grad=True)
y = x * 3
print(y)
#> tensor([6.], grad_fn=<AddBackward0>)
print(y.dtype)
#> torch.float64
print(y.shape)
#> torch.Size([1])
