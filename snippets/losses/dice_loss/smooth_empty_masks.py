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


# Both masks empty. sigmoid(-120) is exactly 0 in float32, so prediction and target are both all zeros.
logits = torch.full((1, 2, 2), -120.0)
empty = torch.zeros(1, 2, 2)
print(torch.sigmoid(logits).sum())
#> tensor(0.)
for smooth in [1.0, 0.0]:
    x = logits.clone().requires_grad_()
    loss = dice_loss(x, empty, smooth=smooth)
    loss.backward()
    print(smooth, loss, x.grad.flatten())
    #> 1.0 tensor(0., grad_fn=<MeanBackward0>) tensor([0., 0., 0., 0.])
    #> 0.0 tensor(nan, grad_fn=<MeanBackward0>) tensor([nan, nan, nan, nan])

# Empty target, prediction close to empty (p = 0.018): with smooth = 0 the loss is 1, the worst value,
# whatever the prediction, since the intersection is 0. With smooth = 1 it is small.
logits = torch.full((1, 2, 2), -4.0)
for smooth in [1.0, 0.0]:
    print(smooth, dice_loss(logits, empty, smooth=smooth))
    #> 1.0 tensor(0.0671)
    #> 0.0 tensor(1.)
