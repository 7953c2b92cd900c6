import torch
import torch.nn.functional as F

logits = torch.tensor([[1.5, -0.5, 2.0, -1.0],
                       [-0.3, 0.8, -2.0, 0.4]])
multi_hot = torch.tensor([[1.0, 0.0, 1.0, 0.0],
                          [0.0, 1.0, 0.0, 1.0]])
print(F.multilabel_soft_margin_loss(logits, multi_hot))
#> tensor(0.3351)

# MultiLabelMarginLoss-style index lists (classes, then -1) are not rejected: the values
# 2 and -1 are used as if they were targets, and the loss is meaningless.
index_lists = torch.tensor([[0, 2, -1, -1],
                            [1, 3, -1, -1]])
print(F.multilabel_soft_margin_loss(logits, index_lists))
#> tensor(0.7101)

# A target that only broadcasts (one row for the whole batch) is not rejected either.
print(F.multilabel_soft_margin_loss(logits, multi_hot[:1]))
#> tensor(0.7726)
