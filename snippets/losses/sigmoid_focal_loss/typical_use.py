import torch
import torch.nn as nn
import torch.nn.functional as F


def sigmoid_focal_loss(inputs, targets, alpha=0.25, gamma=2, reduction="none"):
    # torchvision.ops.sigmoid_focal_loss, as torchvision defines it
    p = torch.sigmoid(inputs)
    p_t = p * targets + (1 - p) * (1 - targets)
    loss = F.binary_cross_entropy_with_logits(inputs, targets, reduction="none") * (1 - p_t) ** gamma
    loss = (alpha * targets + (1 - alpha) * (1 - targets)) * loss if alpha >= 0 else loss
    return {"none": loss, "mean": loss.mean(), "sum": loss.sum()}[reduction]


torch.manual_seed(0)
head = nn.Linear(16, 4)                         # a detection head: 4 classes, one sigmoid each
logits = head(torch.randn(8, 16))               # 8 anchors, raw scores (no sigmoid)
targets = torch.zeros(8, 4)
targets[0, 2] = targets[5, 0] = 1.0             # two foreground anchors, six background rows
loss = sigmoid_focal_loss(logits, targets, reduction="sum") / 2  # RetinaNet: divide by the foreground count
loss.backward()
print(logits.shape, targets.shape, loss.shape)
#> torch.Size([8, 4]) torch.Size([8, 4]) torch.Size([])
