import torch
import torch.nn as nn
import torch.nn.functional as F

# C = 3 mutually exclusive classes: raw scores (logits) and one class index per sample.
logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 1.2, 0.3]])    # (N=2, C=3), float
target = torch.tensor([0, 2])               # (N=2), int64 class indices
print(logits.shape, logits.dtype, target.shape, target.dtype)
#> torch.Size([2, 3]) torch.float32 torch.Size([2]) torch.int64

print(nn.CrossEntropyLoss()(logits, target))                  # no activation before it
#> tensor(0.8474)
print(nn.NLLLoss()(F.log_softmax(logits, dim=1), target))     # log_softmax before it
#> tensor(0.8474)
# A float one-hot (or any probability) target of the input's shape gives the same loss.
print(nn.CrossEntropyLoss()(logits, F.one_hot(target, num_classes=3).float()))
#> tensor(0.8474)

# Segmentation: class dimension 1 in the input, no class dimension in the target.
seg_logits = torch.tensor([[[[1.0, -1.0]], [[0.0, 2.0]]]])  # (N=1, C=2, H=1, W=2)
seg_target = torch.tensor([[[0, 1]]])                       # (N=1, H=1, W=2)
print(seg_logits.shape, seg_target.shape, nn.CrossEntropyLoss()(seg_logits, seg_target))
#> torch.Size([1, 2, 1, 2]) torch.Size([1, 1, 2]) tensor(0.1809)

# Binary classification: ONE logit per sample and a float 0/1 target of the same shape.
binary_logit = torch.tensor([1.5, -0.3, 0.2])   # (N=3)
binary_target = torch.tensor([1.0, 0.0, 1.0])   # (N=3), float
print(binary_target.dtype, nn.BCEWithLogitsLoss()(binary_logit, binary_target))
#> torch.float32 tensor(0.4513)
print(nn.BCELoss()(torch.sigmoid(binary_logit), binary_target))  # sigmoid before BCELoss
#> tensor(0.4513)
