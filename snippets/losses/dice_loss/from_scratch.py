import torch
import torch.nn.functional as F


def dice_loss(inputs, targets, smooth=1.0, reduction="mean", multiclass=False):
    n = inputs.shape[0]  # dimension 0 is always the sample dimension
    if multiclass:  # inputs (N, C, *) logits, targets (N, *) class indices
        if targets.shape != inputs.shape[:1] + inputs.shape[2:]:
            raise ValueError(f"expected targets of shape {tuple(inputs.shape[:1] + inputs.shape[2:])}, "
                             f"got {tuple(targets.shape)}")
        n_classes = inputs.shape[1]
        probs = inputs.softmax(dim=1).reshape(n, n_classes, -1)
        # one_hot puts the classes last: move them to dimension 1, next to the logits' classes
        onehot = F.one_hot(targets.reshape(n, -1), n_classes).transpose(1, 2).to(probs.dtype)
    else:  # inputs (N, *) logits, targets of the same shape with values in [0, 1]
        if targets.shape != inputs.shape:  # no broadcasting: (N, 1, H, W) against (N, H, W) is an error
            raise ValueError(f"expected targets of shape {tuple(inputs.shape)}, got {tuple(targets.shape)}")
        probs = inputs.sigmoid().reshape(n, 1, -1)  # a single class
        onehot = targets.reshape(n, 1, -1).to(probs.dtype)
    # sums over the pixels of one sample and one class, never across samples
    intersection = (probs * onehot).sum(-1)                 # (N, classes)
    cardinality = probs.sum(-1) + onehot.sum(-1)
    dice = (2 * intersection + smooth) / (cardinality + smooth)
    loss = 1 - dice.mean(dim=1)                             # (N,): the classes averaged
    if reduction == "none":
        return loss
    if reduction in ("mean", "sum"):
        return loss.mean() if reduction == "mean" else loss.sum()
    raise ValueError(f"reduction must be 'none', 'mean' or 'sum', got {reduction!r}")


# The binary example of the page: two 2x2 images.
logits = torch.tensor([[[2.0, -1.0], [1.5, -2.0]],
                       [[0.5, 0.5], [-3.0, 1.0]]])
masks = torch.tensor([[[1.0, 0.0], [1.0, 0.0]],
                      [[0.0, 1.0], [0.0, 1.0]]])
print(dice_loss(logits, masks, reduction="none"))
#> tensor([0.1356, 0.2620])

# The same numbers from the F1 form (2 TP + s) / (2 TP + FP + FN + s), with soft counts and s = 1.
p, t = logits.sigmoid().flatten(1), masks.flatten(1)
tp, fp, fn = (p * t).sum(1), (p * (1 - t)).sum(1), ((1 - p) * t).sum(1)
print(1 - (2 * tp + 1) / (2 * tp + fp + fn + 1))
#> tensor([0.1356, 0.2620])

# (N, 1, H, W) logits with (N, H, W) masks: an error instead of a silent broadcast.
try:
    dice_loss(logits.unsqueeze(1), masks)
except ValueError as error:
    print(f"ValueError: {error}")
    #> ValueError: expected targets of shape (2, 1, 2, 2), got (2, 2, 2)
