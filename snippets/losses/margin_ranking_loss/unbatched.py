import torch
import torch.nn.functional as F

# Unbatched: three 0-dim tensors; the output is 0-dim too.
print(F.margin_ranking_loss(torch.tensor(0.3), torch.tensor(0.6), torch.tensor(1.0), reduction="none"))
#> tensor(0.3000)

# Integer targets are accepted; the result is the same as with float targets.
x1 = torch.tensor([0.8, 0.3, 0.4])
x2 = torch.tensor([0.6, 0.6, 1.0])
print(F.margin_ranking_loss(x1, x2, torch.tensor([1, 1, -1]), margin=0.5))
#> tensor(0.3667)
print(F.margin_ranking_loss(x1, x2, torch.tensor([1.0, 1.0, -1.0]), margin=0.5))
#> tensor(0.3667)
