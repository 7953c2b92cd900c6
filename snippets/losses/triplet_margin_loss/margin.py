import torch
import torch.nn.functional as F

anchor = torch.tensor([[0.0, 0.0], [1.0, 1.0], [0.0, 1.0]])
positive = torch.tensor([[0.0, 1.0], [2.0, 1.0], [0.0, 3.0]])
negative = torch.tensor([[3.0, 0.0], [1.0, 1.5], [0.0, 2.0]])
# d(a, p) = [1, 1, 2] and d(a, n) = [3, 0.5, 1]: triplet 0 stays satisfied until margin reaches 2.
for margin in [0.5, 1.0, 1.5, 3.0]:
    print(margin, F.triplet_margin_loss(anchor, positive, negative, margin=margin, reduction="none"))
    #> 0.5 tensor([0.0000, 1.0000, 1.5000])
    #> 1.0 tensor([0.0000, 1.5000, 2.0000])
    #> 1.5 tensor([0.0000, 2.0000, 2.5000])
    #> 3.0 tensor([1.0000, 3.5000, 4.0000])
