import torch
import torch.nn.functional as F

anchor = torch.tensor([[0.0, 0.0], [1.0, 1.0], [0.0, 1.0]])
positive = torch.tensor([[0.0, 1.0], [2.0, 1.0], [0.0, 3.0]])
negative = torch.tensor([[3.0, 0.0], [1.0, 1.5], [0.0, 2.0]])

for margin in [1.0, 3.0]:
    for reduction in ["none", "sum", "mean"]:
        print(margin, reduction,
              F.triplet_margin_with_distance_loss(anchor, positive, negative, margin=margin, reduction=reduction))
        #> 1.0 none tensor([0.0000, 1.5000, 2.0000])
        #> 1.0 sum tensor(3.5000)
        #> 1.0 mean tensor(1.1667)
        #> 3.0 none tensor([1.0000, 3.5000, 4.0000])
        #> 3.0 sum tensor(8.5000)
        #> 3.0 mean tensor(2.8333)
