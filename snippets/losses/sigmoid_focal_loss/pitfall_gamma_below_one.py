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


# Easy examples that sigmoid saturates in float32: 1 - p_t is exactly 0.
logits = torch.tensor([20.0, -20.0, 1.0])
targets = torch.tensor([1.0, 0.0, 1.0])
p = torch.sigmoid(logits)
print(1 - (p * targets + (1 - p) * (1 - targets)) == 0)
#> tensor([ True,  True, False])

for gamma in [2.0, 1.0, 0.5]:
    x = logits.clone().requires_grad_()
    sigmoid_focal_loss(x, targets, alpha=-1, gamma=gamma, reduction="sum").backward()
    print(gamma, x.grad)
    #> 2.0 tensor([ 0.0000,  0.0000, -0.0526])
    #> 1.0 tensor([ 0.0000,  0.0000, -0.1339])
    #> 0.5 tensor([    nan,     nan, -0.1989])

# For 0 < gamma < 1 the derivative of (1 - p_t)**gamma is infinite at 0, and inf * 0 = nan.
# Fix for 0/1 targets: 1 - p_t = sigmoid(-s * x) with s = 2t - 1, so (1 - p_t)**gamma = exp(-gamma * softplus(s * x)).
x = logits.clone().requires_grad_()
s = 2 * targets - 1
ce = F.binary_cross_entropy_with_logits(x, targets, reduction="none")
stable = ce * torch.exp(-0.5 * F.softplus(s * x))
stable.sum().backward()
print(x.grad)
#> tensor([-4.6788e-14,  9.3576e-14, -1.9885e-01])
