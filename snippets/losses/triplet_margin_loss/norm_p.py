import torch
import torch.nn.functional as F

# a - p = (-1, -1): its 1-, 2- and inf-norms are 2, sqrt(2) and 1; a - n = (-1.5, 0) has norm 1.5 for every p.
anchor = torch.tensor([[0.0, 0.0]])
positive = torch.tensor([[1.0, 1.0]])
negative = torch.tensor([[1.5, 0.0]])
print([round(torch.linalg.vector_norm(anchor - positive, ord=p).item(), 4) for p in [1.0, 2.0, float("inf")]])
#> [2.0, 1.4142, 1.0]
for p in [1.0, 2.0, float("inf")]:
    print(p, F.triplet_margin_loss(anchor, positive, negative, p=p))
    #> 1.0 tensor(1.5000)
    #> 2.0 tensor(0.9142)
    #> inf tensor(0.5000)
