import torch
import torch.nn.functional as F

mean, target = torch.tensor([0.0]), torch.tensor([0.0])  # a perfect mean: the loss is 0.5 * log(var)

# A variance head with no positivity built in, already below eps = 1e-6.
var = torch.tensor([1e-8], requires_grad=True)
loss = F.gaussian_nll_loss(mean, target, var)  # computed at the clamped value max(var, eps)
loss.backward()
print(loss, var.grad)                          # 0.5 * log(1e-6), and 0.5 / 1e-6 passed to var
#> tensor(-6.9078, grad_fn=<MeanBackward0>) tensor([500000.])
with torch.no_grad():
    var -= 1e-6 * var.grad                     # one small SGD step
print(var)
#> tensor([-0.5000], requires_grad=True)
try:
    F.gaussian_nll_loss(mean, target, var)
except ValueError as error:
    print(f"ValueError: {error}")
    #> ValueError: var has negative entry/entries

# Through softplus + min_var the same step cannot leave the positive range.
raw = torch.tensor([-20.0], requires_grad=True)
F.gaussian_nll_loss(mean, target, F.softplus(raw) + 1e-3).backward()
with torch.no_grad():
    raw -= 1e-6 * raw.grad
print((F.softplus(raw) + 1e-3).detach())
#> tensor([0.0010])
