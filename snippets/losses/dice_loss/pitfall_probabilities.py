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


mask = torch.tensor([[[1.0, 0.0],
                      [1.0, 0.0]]])

# A perfect probability map passed where logits are expected: sigmoid is applied again.
print(dice_loss(mask.clone(), mask))
#> tensor(0.2816)
print(torch.sigmoid(mask))
#> tensor([[[0.7311, 0.5000],
#>          [0.7311, 0.5000]]])

# Logits of the same decisions reach almost 0.
print(dice_loss(torch.tensor([[[8.0, -8.0],
                               [8.0, -8.0]]]), mask))
#> tensor(0.0003)
