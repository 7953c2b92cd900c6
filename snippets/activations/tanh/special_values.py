import torch

x = torch.tensor([float("-inf"), -1000.0, float("nan"), 1000.0, float("inf")], requires_grad=True)
y = torch.tanh(x)
y.sum().backward()
print(y)
#> tensor([-1., -1., nan,  1.,  1.], grad_fn=<TanhBackward0>)
print(x.grad)
#> tensor([0., 0., nan, 0., 0.])

# 0-d and empty tensors keep their shape.
print(torch.tanh(torch.tensor(0.5)), torch.tanh(torch.empty(0, 3)).shape)
#> tensor(0.4621) torch.Size([0, 3])
