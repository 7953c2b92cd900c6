import torch
import torch.nn as nn

# C = 4 labels that are NOT exclusive: each sample may have any number of them.
logits = torch.tensor([[1.2, -0.8, 0.3, -2.0],
                       [-0.5, 2.0, 1.0, 0.1]])     # (N=2, C=4), raw scores
multi_hot = torch.tensor([[1.0, 0.0, 1.0, 0.0],
                          [0.0, 1.0, 1.0, 1.0]])   # (N=2, C=4), float 0/1
print(logits.shape, logits.dtype, multi_hot.shape, multi_hot.dtype)
#> torch.Size([2, 4]) torch.float32 torch.Size([2, 4]) torch.float32

print(nn.BCEWithLogitsLoss()(logits, multi_hot))                # no activation before it
#> tensor(0.3593)
print(nn.BCELoss()(torch.sigmoid(logits), multi_hot))           # sigmoid before it
#> tensor(0.3593)
print(nn.MultiLabelSoftMarginLoss()(logits, multi_hot))         # no activation; same 'mean'
#> tensor(0.3593)

# MultiLabelMarginLoss wants the positive class INDICES, padded with -1, as int64.
index_target = torch.tensor([[0, 2, -1, -1],
                             [1, 2, 3, -1]])                    # (N=2, C=4), int64
print(index_target.dtype, nn.MultiLabelMarginLoss()(logits, index_target))
#> torch.int64 tensor(0.0500)
