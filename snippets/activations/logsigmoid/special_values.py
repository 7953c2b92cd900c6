import torch
import torch.nn.functional as F

x = torch.tensor([float("-inf"), -1000.0, float("nan"), 1000.0, float("inf")], requires_grad=True)
y = F.logsigmoid(x)
y.sum().backward()
print(y)
#> tensor([  -inf, -1000.,    nan,     0.,     0.], grad_fn=<LogSigmoidBackward0>)
print(x.grad)
#> tensor([1., 1., nan, 0., 0.])

# 0-d and empty tensors keep their shape.
print(F.logsigmoid(torch.tensor(0.0)), F.logsigmoid(torch.empty(0, 3)).shape)
#> tensor(-0.6931) torch.Size([0, 3])
