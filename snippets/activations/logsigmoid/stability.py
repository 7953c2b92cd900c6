import torch
import torch.nn.functional as F

x = torch.tensor([-200.0, -100.0, -20.0, 20.0], requires_grad=True)

# log(sigmoid(x)) in float32: sigmoid gives 0 on the left, where exp(-x) overflows (log 0 = -inf),
# and rounds to 1 on the right (log 1 = 0, where the true value is about -2.06e-09).
naive = torch.log(torch.sigmoid(x))
print(naive)
#> tensor([-inf, -inf, -20.,   0.], grad_fn=<LogBackward0>)
print(F.logsigmoid(x))
#> tensor([-2.0000e+02, -1.0000e+02, -2.0000e+01, -2.0612e-09],
#>        grad_fn=<LogSigmoidBackward0>)

# The gradients: nan (inf * 0) where sigmoid gave 0, against 1 - sigmoid(x).
naive.sum().backward()
print(x.grad)
#> tensor([nan, nan, 1., 0.])
x.grad = None
F.logsigmoid(x).sum().backward()
print(x.grad)
#> tensor([1.0000e+00, 1.0000e+00, 1.0000e+00, 2.0612e-09])
