import torch
import torch.nn.functional as F

x = torch.tensor([float("-inf"), -1000.0, float("nan"), 1000.0, float("inf")], requires_grad=True)
y = F.mish(x)
y.sum().backward()
# -inf gives nan ((-inf) * 0), and +inf has a nan gradient (inf * 0 in the derivative).
print(y)
#> tensor([  nan,   -0.,   nan, 1000.,   inf], grad_fn=<MishBackward0>)
print(x.grad)
#> tensor([nan, 0., nan, 1., nan])

# 0-d and empty tensors keep their shape.
print(F.mish(torch.tensor(1.0)), F.mish(torch.empty(0, 3)).shape)
#> tensor(0.8651) torch.Size([0, 3])
