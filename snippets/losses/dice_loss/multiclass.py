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


# N=1, C=3 classes, a 2x2 image; labels are class indices.
logits = torch.tensor([[[[2.0, 0.0], [0.0, -1.0]],
                        [[0.0, 2.0], [1.0, 0.0]],
                        [[-1.0, 0.0], [0.5, 2.0]]]])
labels = torch.tensor([[[0, 1],
                        [1, 2]]])

# By hand: softmax over the 3 classes at each pixel, then one Dice per class, then their mean.
pixels = [[logits[0, c].flatten()[i].item() for c in range(3)] for i in range(4)]
probs = [[math.exp(v) / sum(math.exp(u) for u in px) for v in px] for px in pixels]
y = labels.flatten().tolist()
dices = []
for c in range(3):
    inter = sum(probs[i][c] for i in range(4) if y[i] == c)
    p_sum = sum(probs[i][c] for i in range(4))
    t_sum = sum(1 for i in range(4) if y[i] == c)
    dices.append((2 * inter + 1) / (p_sum + t_sum + 1))
print([round(d, 4) for d in dices])
#> [0.8455, 0.7932, 0.8145]
print(round(1 - sum(dices) / 3, 4), dice_loss(logits, labels, multiclass=True))
#> 0.1822 tensor(0.1822)

# A class absent from the target still counts: its Dice is smooth / (sum of its probabilities + smooth).
absent = torch.tensor([[[0, 1], [1, 1]]])  # no pixel of class 2
print(round(1 / (sum(probs[i][2] for i in range(4)) + 1), 4))
#> 0.4349
print(dice_loss(logits, absent, multiclass=True))
#> tensor(0.3429)
