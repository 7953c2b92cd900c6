import torch

x = torch.tensor([float("-inf"), -1000.0, float("nan"), 1000.0, float("inf")], requires_grad=True)
y = torch.sigmoid(x)
y.sum().backward()
print(y)
#> tensor([0., 0., nan, 1., 1.], grad_fn=<SigmoidBackward0>)
print(x.grad)
#> tensor([0., 0., nan, 0., 0.])

# 0-d and empty tensors keep their shape.
print(torch.sigmoid(torch.tensor(0.0)), torch.sigmoid(torch.empty(0, 3)).shape)
#> tensor(0.5000) torch.Size([0, 3])
