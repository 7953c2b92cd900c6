import math

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


# One 3x3 image.
logits = torch.tensor([[[3.0, 1.0, -2.0],
                        [2.0, 0.0, -1.0],
                        [-3.0, -2.0, -4.0]]])
mask = torch.tensor([[[1.0, 1.0, 0.0],
                      [1.0, 0.0, 0.0],
                      [0.0, 0.0, 0.0]]])

# The same loss with plain Python floats.
p = [1 / (1 + math.exp(-x)) for x in logits.flatten().tolist()]
t = mask.flatten().tolist()
intersection = sum(pi * ti for pi, ti in zip(p, t))
print(round(intersection, 4), round(sum(p), 4), sum(t))
#> 2.5644 3.6372 3.0
for smooth in [1.0, 0.0]:
    dice = (2 * intersection + smooth) / (sum(p) + sum(t) + smooth)
    print(smooth, round(1 - dice, 4), dice_loss(logits, mask, smooth=smooth))
    #> 1.0 0.1975 tensor(0.1975)
    #> 0.0 0.2273 tensor(0.2273)
