import torch
import torch.nn.functional as F

# A small threshold makes the switch visible: with threshold=1, softplus drops from
# 1.3133 at x = 1 to 1.1 at x = 1.1.
print(F.softplus(torch.tensor([0.9, 1.0, 1.1]), threshold=1))
#> tensor([1.2412, 1.3133, 1.1000])

# A huge threshold removes the linear regime: exp(100) overflows float32,
# the value is inf and the gradient inf / inf = nan.
x = torch.tensor([100.0], requires_grad=True)
y = F.softplus(x, threshold=1000)
y.backward()
print(y, x.grad)
#> tensor([inf], grad_fn=<SoftplusBackward0>) tensor([nan])
