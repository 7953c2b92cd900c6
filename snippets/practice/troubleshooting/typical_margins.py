import torch
import torch.nn as nn
import torch.nn.functional as F

g = torch.Generator().manual_seed(0)
anchor, positive, negative = torch.randn(3, 1000, 128, generator=g, device="cpu")  # untrained embeddings

# Raw embeddings: distances grow with the dimension (about sqrt(2 * 128) = 16 here).
print(f"{F.pairwise_distance(anchor, negative).mean().item():.2f}")
#> 15.98

# L2-normalized: every distance lies in [0, 2], random pairs sit near sqrt(2) and cosine near 0.
a, p, n = (F.normalize(t, dim=1) for t in (anchor, positive, negative))
print(f"{F.pairwise_distance(a, n).mean().item():.3f}", f"{F.cosine_similarity(a, n).abs().mean().item():.3f}")
#> 1.412 0.071

# Before training, d(a, p) and d(a, n) are about equal, so the triplet loss starts near its margin.
for margin in [0.2, 1.0]:
    print(margin, f"{nn.TripletMarginLoss(margin=margin)(a, p, n).item():.3f}")
    #> 0.2 0.201
    #> 1.0 1.001
