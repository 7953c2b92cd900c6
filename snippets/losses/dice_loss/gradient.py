import torch
import torch.nn.functional as F


def dice_loss(inputs, targets, smooth=1.0, reduction="mean", multiclass=False):
    # Soft Dice loss on logits, as defined on this page (checks omitted; see from_scratch.py).
    n = inputs.shape[0]
    if multiclass:  # inputs (N, C, *) logits, targets (N, *) class indices
        probs = inputs.softmax(dim=1).reshape(n, inputs.shape[1], -1)
        onehot = F.one_hot(targets.reshape(n, -1), inputs.shape[1]).transpose(1, 2).to(probs.dtype)
    else:  # inputs (N, *) logits, targets of the same shape with values in [0, 1]
        probs = inputs.sigmoid().reshape(n, 1, -1)
        onehot = targets.reshape(n, 1, -1).to(probs.dtype)
    dice = (2 * (probs * onehot).sum(-1) + smooth) / (probs.sum(-1) + onehot.sum(-1) + smooth)
    loss = 1 - dice.mean(dim=1)  # one loss per sample, averaged over the classes
    if reduction == "mean":
        return loss.mean()
    return loss.sum() if reduction == "sum" else loss


logits = torch.tensor([[[2.0, -1.0],
                        [0.5, -2.0]]], requires_grad=True)
mask = torch.tensor([[[1.0, 0.0],
                      [1.0, 0.0]]])
smooth = 1.0

dice_loss(logits, mask, smooth=smooth).backward()
print(logits.grad)
#> tensor([[[-0.0253,  0.0329],
#>          [-0.0567,  0.0176]]])

# Closed form: D = (2I + s) / (P + T + s) with I = sum(p t), P = sum(p), T = sum(t);
# dD/dp_i = (2 t_i (P + T + s) - (2I + s)) / (P + T + s)^2, and dp/dx = p (1 - p).
with torch.no_grad():
    p = torch.sigmoid(logits)
    I, P, T = (p * mask).sum(), p.sum(), mask.sum()
    dD_dp = (2 * mask * (P + T + smooth) - (2 * I + smooth)) / (P + T + smooth) ** 2
    print(-dD_dp * p * (1 - p))
    #> tensor([[[-0.0253,  0.0329],
    #>          [-0.0567,  0.0176]]])
