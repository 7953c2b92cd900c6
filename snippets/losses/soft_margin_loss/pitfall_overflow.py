import torch
import torch.nn.functional as F

# torch computes log1p(exp(-y x)) literally: exp overflows float32 once -y x > ~88.7.
x = torch.tensor([-88.0, -89.0, -100.0], requires_grad=True)
y = torch.ones(3)
loss = F.soft_margin_loss(x, y, reduction="none")
print(loss)
#> tensor([88., inf, inf], grad_fn=<SoftMarginLossBackward0>)
loss.sum().backward()
print(x.grad)
#> tensor([-1., nan, nan])

# The same loss written as BCE with logits is computed stably:
print(F.binary_cross_entropy_with_logits(x.detach(), (y + 1) / 2, reduction="none"))
#> tensor([ 88.,  89., 100.])
