import torch
import torch.nn as nn
import torch.nn.functional as F


def dice_loss(inputs, targets, smooth=1.0, reduction="mean", multiclass=False):
    # the dice_loss of this page (shape checks left out; see from_scratch.py)
    n = inputs.shape[0]
    if multiclass:  # inputs (N, C, *) logits, targets (N, *) class indices
        probs = inputs.softmax(dim=1).reshape(n, inputs.shape[1], -1)
        onehot = F.one_hot(targets.reshape(n, -1), inputs.shape[1]).transpose(1, 2).to(probs.dtype)
    else:  # inputs (N, *) logits, targets of the same shape with values in [0, 1]
        probs, onehot = inputs.sigmoid().reshape(n, 1, -1), targets.reshape(n, 1, -1).to(inputs.dtype)
    dice = (2 * (probs * onehot).sum(-1) + smooth) / (probs.sum(-1) + onehot.sum(-1) + smooth)
    loss = 1 - dice.mean(dim=1)  # one loss per sample
    return loss.mean() if reduction == "mean" else loss.sum() if reduction == "sum" else loss


torch.manual_seed(0)
model = nn.Conv2d(3, 1, kernel_size=3, padding=1)  # a tiny segmentation model: one logit per pixel
images = torch.randn(4, 3, 16, 16)
masks = (torch.rand(4, 1, 16, 16) > 0.7).float()  # 0/1 masks of the logits' shape (N, 1, H, W)
logits = model(images)
loss = dice_loss(logits, masks) + F.binary_cross_entropy_with_logits(logits, masks)  # often used together
loss.backward()
print(logits.shape, masks.shape, loss.shape)
#> torch.Size([4, 1, 16, 16]) torch.Size([4, 1, 16, 16]) torch.Size([])
