import torch
import torch.nn.functional as F

x = torch.tensor([float("-inf"), -1e30, float("nan"), 1e30, float("inf")], requires_grad=True)
y = F.hardsigmoid(x)
print(y)
#> tensor([0., 0., nan, 1., 1.], grad_fn=<HardsigmoidBackward0>)
y.sum().backward()
print(x.grad)  # 0 at the NaN position
#> tensor([0., 0., 0., 0., 0.])
n = torch.full((65,), float("nan"), requires_grad=True)
F.hardsigmoid(n).sum().backward()
print(n.grad.unique())  # 0 for every NaN, wherever it sits in the tensor
#> tensor([0.])

print(F.hardsigmoid(torch.tensor(1.5)), F.hardsigmoid(torch.empty(2, 0)).shape)  # 0-d and empty tensors
#> tensor(0.7500) torch.Size([2, 0])
