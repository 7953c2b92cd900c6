import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
loss_fn = nn.LinearCrossEntropyLoss(4, 5, bias=True, reduction="sum", label_smoothing=0.1)
x = torch.randn(3, 4)
target = torch.tensor([1, 0, 4])

with torch.no_grad():
    by_module = loss_fn(x, target)
    by_function = F.linear_cross_entropy(x, loss_fn.linear.weight, target, linear_bias=loss_fn.linear.bias,
                                         reduction="sum", label_smoothing=0.1)
    by_two_steps = F.cross_entropy(loss_fn.linear(x), target, reduction="sum", label_smoothing=0.1)
print(torch.equal(by_module, by_function), torch.allclose(by_module, by_two_steps))
#> True True
