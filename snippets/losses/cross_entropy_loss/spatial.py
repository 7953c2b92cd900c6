import torch
import torch.nn.functional as F

# Segmentation-style input: (N=1, C=2, d1=3) scores, target (N=1, d1=3).
logits = torch.tensor([[[2.0, 0.0, -1.0],
                        [0.0, 1.0, 1.0]]])
target = torch.tensor([[0, 1, 0]])

print(F.cross_entropy(logits, target, reduction="none"))
#> tensor([[0.1269, 0.3133, 2.1269]])
print(F.cross_entropy(logits, target))
#> tensor(0.8557)

# Unbatched: input (C,), target ().
print(F.cross_entropy(torch.tensor([2.0, 0.5, -1.0]), torch.tensor(0)))
#> tensor(0.2413)
