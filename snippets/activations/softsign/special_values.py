import torch
import torch.nn.functional as F

x = torch.tensor([float("-inf"), -1e30, float("nan"), 1e30, float("inf")], requires_grad=True)
y = F.softsign(x)
y.sum().backward()
# +-inf give nan, not +-1: the expression computes inf / inf.
print(y)
#> tensor([nan, -1., nan,  1., nan], grad_fn=<DivBackward0>)
print(x.grad)
#> tensor([nan, 0., nan, 0., nan])

# If infinities can occur, map them to their limits yourself.
print(torch.where(x.isinf(), x.sign(), F.softsign(x)))
#> tensor([-1., -1., nan,  1.,  1.], grad_fn=<WhereBackward0>)

# 0-d and empty tensors keep their shape.
print(F.softsign(torch.tensor(1.0)), F.softsign(torch.empty(0, 3)).shape)
#> tensor(0.5000) torch.Size([0, 3])
