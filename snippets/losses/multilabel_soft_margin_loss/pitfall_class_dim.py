import torch
import torch.nn.functional as F

# The classes are always the LAST dimension. A (N, C, L) tensor is silently averaged over L.
scores = torch.tensor([[[2.0, 2.0, 2.0],
                        [-1.0, -1.0, -1.0]]])  # (N=1, C=2, L=3)
labels = torch.tensor([[[1.0, 1.0, 1.0],
                        [0.0, 0.0, 0.0]]])
print(F.multilabel_soft_margin_loss(scores, labels, reduction="none").shape)
#> torch.Size([1, 2])
# Move the classes last to get one value per (sample, position).
print(F.multilabel_soft_margin_loss(scores.movedim(1, -1), labels.movedim(1, -1), reduction="none"))
#> tensor([[0.2201, 0.2201, 0.2201]])
