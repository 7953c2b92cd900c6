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


# Two images: the first has a large object, the second a 1-pixel object that the model misses.
logits = torch.tensor([[[3.0, 3.0, 3.0],
                        [3.0, 3.0, 3.0],
                        [-3.0, -3.0, -3.0]],
                       [[-3.0, -3.0, -3.0],
                        [-3.0, -3.0, -3.0],
                        [-3.0, -3.0, -3.0]]])
masks = torch.tensor([[[1.0, 1.0, 1.0],
                       [1.0, 1.0, 1.0],
                       [0.0, 0.0, 0.0]],
                      [[0.0, 0.0, 0.0],
                       [0.0, 1.0, 0.0],
                       [0.0, 0.0, 0.0]]])

# Per-sample Dice (this page): the missed small object weighs as much as the large one.
print(dice_loss(logits, masks, reduction="none"))
#> tensor([0.0332, 0.5489])
print(dice_loss(logits, masks))
#> tensor(0.2910)
# One Dice over the whole batch, as if it were one big image: the small object almost vanishes.
print(dice_loss(logits.reshape(1, -1), masks.reshape(1, -1)))
#> tensor(0.1231)
