import torch
import torch.nn.functional as F


def sigmoid_focal_loss(inputs, targets, alpha=0.25, gamma=2, reduction="none"):
    # torchvision.ops.sigmoid_focal_loss, written out from its published definition
    p = torch.sigmoid(inputs)
    ce_loss = F.binary_cross_entropy_with_logits(inputs, targets, reduction="none")
    p_t = p * targets + (1 - p) * (1 - targets)
    loss = ce_loss * ((1 - p_t) ** gamma)
    if alpha >= 0:
        loss = (alpha * targets + (1 - alpha) * (1 - targets)) * loss
    if reduction == "mean":
        return loss.mean()
    return loss.sum() if reduction == "sum" else loss


# Confidently wrong logits (very negative for a positive, very positive for a negative).
logits = torch.tensor([-120.0, -30.0, 0.0, 20.0])
targets = torch.tensor([1.0, 1.0, 1.0, 0.0])

# The definition takes its log term from BCEWithLogits, so the loss stays finite.
x = logits.clone().requires_grad_()
loss = sigmoid_focal_loss(x, targets, alpha=-1)
print(loss)
#> tensor([120.0000,  30.0000,   0.1733,  20.0000], grad_fn=<MulBackward0>)
loss.sum().backward()
print(x.grad)
#> tensor([-1.0000, -1.0000, -0.2983,  1.0000])

# A naive version that takes log(p_t) of the sigmoid overflows where sigmoid saturates.
x = logits.clone().requires_grad_()
p = torch.sigmoid(x)
p_t = p * targets + (1 - p) * (1 - targets)
print(p[0] == 0, p[3] == 1)
#> tensor(True) tensor(True)
naive = -((1 - p_t) ** 2) * torch.log(p_t)
print(naive)
#> tensor([    inf, 30.0000,  0.1733,     inf], grad_fn=<MulBackward0>)
naive.sum().backward()
print(x.grad)
#> tensor([    nan, -1.0000, -0.2983,     nan])
