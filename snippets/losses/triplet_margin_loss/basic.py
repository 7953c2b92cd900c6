import torch
import torch.nn as nn

# Three (anchor, positive, negative) triplets of 2-D embeddings, shape (N=3, D=2).
anchor = torch.tensor([[0.0, 0.0], [1.0, 1.0], [0.0, 1.0]])
positive = torch.tensor([[0.0, 1.0], [2.0, 1.0], [0.0, 3.0]])
negative = torch.tensor([[3.0, 0.0], [1.0, 1.5], [0.0, 2.0]])

loss_fn = nn.TripletMarginLoss(margin=1.0, p=2)
print(loss_fn(anchor, positive, negative))
#> tensor(1.1667)

# Per triplet: max(d(a, p) - d(a, n) + margin, 0) with the Euclidean distance d.
d_ap = (anchor - positive).norm(dim=1)
d_an = (anchor - negative).norm(dim=1)
print(d_ap, d_an)
#> tensor([1., 1., 2.]) tensor([3.0000, 0.5000, 1.0000])
print((d_ap - d_an + 1.0).clamp(min=0))
#> tensor([0.0000, 1.5000, 2.0000])
print(nn.TripletMarginLoss(reduction="none")(anchor, positive, negative))
#> tensor([0.0000, 1.5000, 2.0000])
