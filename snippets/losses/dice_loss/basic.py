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


# Binary segmentation: logits and 0/1 masks for N=2 images of 2x2 pixels.
logits = torch.tensor([[[2.0, -1.0],
                        [1.5, -2.0]],
                       [[0.5, 0.5],
                        [-3.0, 1.0]]])
masks = torch.tensor([[[1.0, 0.0],
                       [1.0, 0.0]],
                      [[0.0, 1.0],
                       [0.0, 1.0]]])

print(dice_loss(logits, masks, reduction="none"))
#> tensor([0.1356, 0.2620])
print(dice_loss(logits, masks))
#> tensor(0.1988)
print(dice_loss(logits, masks, reduction="sum"))
#> tensor(0.3977)
# Integer and boolean masks are converted to the logits' dtype.
print(dice_loss(logits, masks.long()), dice_loss(logits, masks.bool()))
#> tensor(0.1988) tensor(0.1988)

# Multi-class: logits (N=1, C=3, 2, 2) and class indices (N=1, 2, 2).
mc_logits = torch.tensor([[[[2.0, 0.0], [0.0, -1.0]],
                           [[0.0, 2.0], [1.0, 0.0]],
                           [[-1.0, 0.0], [0.5, 2.0]]]])
labels = torch.tensor([[[0, 1],
                        [1, 2]]])
print(dice_loss(mc_logits, labels, multiclass=True))
#> tensor(0.1822)
