import torch
import torch.nn as nn
import torch.nn.functional as F

scores = torch.tensor([[0.1, 0.2, 0.4],
                       [0.9, 0.1, 0.3]])  # 2 samples, 3 classes
classes = torch.tensor([2, 0])

for call in [
    lambda: nn.MultiMarginLoss(p=3),                                       # only p=1 and p=2
    lambda: F.multi_margin_loss(scores, classes.float()),                  # indices stored as floats
    lambda: F.multi_margin_loss(scores, torch.tensor([[0, 0, 1], [1, 0, 0]])),  # one-hot rows
    lambda: F.multi_margin_loss(scores, classes, weight=torch.ones(2)),    # 2 weights, 3 classes
    lambda: F.multilabel_margin_loss(scores, torch.tensor([[2, -1], [0, -1]])),  # target narrower than input
    lambda: F.margin_ranking_loss(scores[:, :1], scores[:, 1:2], torch.ones(2)),  # (N, 1) scores, (N) target
    lambda: F.soft_margin_loss(scores[:, :1], torch.ones(2)),              # (N, 1) scores, (N) labels
]:
    try:
        call()
    except (RuntimeError, ValueError) as error:
        print(f"{type(error).__name__}: {error}")
        #> ValueError: only p == 1 and p == 2 supported
        #> RuntimeError: expected scalar type Long but found Float
        #> RuntimeError: multi_margin_loss: target tensor should be 1-D with size equal to the number of input samples (batch size). Expected target size [2], but got [2, 3]. Input has shape [2, 3].
        #> RuntimeError: inconsistent weight size, expected 3 but got [2]
        #> RuntimeError: inconsistent target size: [2, 2] for input of size: [2, 3]
        #> RuntimeError: margin_ranking_loss : All input tensors should have same dimension but got sizes: input1: torch.Size([2, 1]), input2: torch.Size([2, 1]), target: torch.Size([2])
        #> RuntimeError: output with shape [2, 1] doesn't match the broadcast shape [2, 2]
