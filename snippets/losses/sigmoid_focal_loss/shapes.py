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


# Binary segmentation: logits (N=1, 1, H=2, W=2), mask (N=1, H=2, W=2).
logits = torch.tensor([[[[2.0, -1.0],
                         [0.5, -3.0]]]])
mask = torch.tensor([[[1.0, 0.0],
                      [1.0, 0.0]]])
try:
    sigmoid_focal_loss(logits, mask)
except ValueError as error:
    print(f"ValueError: {error}")
    #> ValueError: Target size (torch.Size([1, 2, 2])) must be the same as input size (torch.Size([1, 1, 2, 2]))
print(sigmoid_focal_loss(logits, mask.unsqueeze(1), reduction="mean"))
#> tensor(0.0086)

# Detection: one sigmoid per class. Class indices become one-hot rows; background (-1) stays all zeros.
labels = torch.tensor([2, -1, 0])
onehot = torch.zeros(3, 4)
onehot[labels >= 0] = F.one_hot(labels[labels >= 0], num_classes=4).float()
print(onehot)
#> tensor([[0., 0., 1., 0.],
#>         [0., 0., 0., 0.],
#>         [1., 0., 0., 0.]])
cls_logits = torch.tensor([[-2.0, -3.0, 1.0, -2.5],
                           [-4.0, -1.0, -3.5, -2.0],
                           [0.5, -2.0, -1.5, -3.0]])
print(sigmoid_focal_loss(cls_logits, onehot, reduction="sum"))
#> tensor(0.0492)

# A 0-d input is fine too.
print(sigmoid_focal_loss(torch.tensor(0.0), torch.tensor(1.0)))
#> tensor(0.0433)
