import torch
import torch.nn as nn

# Raw scores for 2 samples x 4 labels; each sample may carry any number of labels.
logits = torch.tensor([[1.5, -0.5, 2.0, -1.0],
                       [-0.3, 0.8, -2.0, 0.4]])
target = torch.tensor([[1.0, 0.0, 1.0, 0.0],
                       [0.0, 1.0, 0.0, 1.0]])

loss_fn = nn.MultiLabelSoftMarginLoss()
print(loss_fn(logits, target))
#> tensor(0.3351)

# One value per sample: the binary cross entropy of every label, averaged over the C = 4 labels.
per_sample = nn.MultiLabelSoftMarginLoss(reduction="none")(logits, target)
print(per_sample)
#> tensor([0.2789, 0.3913])
p = torch.sigmoid(logits)
print(-(target * p.log() + (1 - target) * (1 - p).log()).mean(dim=1))
#> tensor([0.2789, 0.3913])
