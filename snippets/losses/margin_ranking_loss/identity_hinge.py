import torch
import torch.nn.functional as F

# With x2 = 0 and margin = 1 this is the classic binary hinge loss max(0, 1 - y * x).
scores = torch.tensor([2.0, 0.3, -0.4, -1.5])
y = torch.tensor([1.0, 1.0, -1.0, 1.0])

print(F.margin_ranking_loss(scores, torch.zeros(4), y, margin=1.0, reduction="none"))
#> tensor([0.0000, 0.7000, 0.6000, 2.5000])
print((1 - y * scores).clamp(min=0))
#> tensor([0.0000, 0.7000, 0.6000, 2.5000])
