import torch
import torch.nn.functional as F
from torch.nn import LinearCrossEntropyOptions

torch.manual_seed(0)
x = torch.randn(4, 3, requires_grad=True)
W = torch.randn(5, 3)
target = torch.tensor([1, 0, 4, 2])

# The chunked op computes the gradients during forward and hands them out once.
loss = F.linear_cross_entropy(x, W, target, options=LinearCrossEntropyOptions())
loss.backward(retain_graph=True)
try:
    loss.backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: linear_cross_entropy chunked backward called twice; retain_graph=True / double backward are not supported.
loss = F.linear_cross_entropy(x, W, target, options=LinearCrossEntropyOptions(allow_retain_graph=True))
loss.backward(retain_graph=True)
loss.backward()
print("second backward ok")
#> second backward ok

# All targets ignored with 'mean': both paths return nan, but the gradients differ.
ignored = torch.tensor([-100, -100, -100, -100])
for options in [None, LinearCrossEntropyOptions()]:
    xi = x.detach().clone().requires_grad_()
    loss = F.linear_cross_entropy(xi, W, ignored, options=options)
    loss.backward()
    print(loss.item(), xi.grad[0])
    #> nan tensor([0., 0., 0.])
    #> nan tensor([nan, nan, nan])
