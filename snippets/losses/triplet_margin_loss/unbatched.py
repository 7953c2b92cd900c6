import torch
import torch.nn.functional as F

# Unbatched: three vectors of shape (D,) give a 0-dim loss, even with reduction='none'.
a, p, n = torch.tensor([1.0, 1.0]), torch.tensor([2.0, 1.0]), torch.tensor([1.0, 1.5])
print(F.triplet_margin_loss(a, p, n, reduction="none"))
#> tensor(1.5000)

# Broadcasting: one positive of shape (1, D) shared by N = 2 anchors.
anchors = torch.tensor([[1.0, 1.0], [0.0, 1.0]])
negatives = torch.tensor([[1.0, 1.5], [0.0, 2.0]])
print(F.triplet_margin_loss(anchors, torch.tensor([[2.0, 1.0]]), negatives, reduction="none"))
#> tensor([1.5000, 2.0000])

# More leading dimensions also work: the distance is taken over the last dimension.
print(F.triplet_margin_loss(anchors[None], anchors[None] + 1, negatives[None], reduction="none").shape)
#> torch.Size([1, 2])
