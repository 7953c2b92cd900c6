import torch
import torch.nn.functional as F

# Unbatched (D,) inputs work with the default distance ...
a, p, n = torch.tensor([1.0, 0.0]), torch.tensor([2.0, 1.0]), torch.tensor([0.0, 3.0])
print(F.triplet_margin_with_distance_loss(a, p, n, reduction="none"))
#> tensor(0.)

# ... but a distance written for (N, D) with dim=1 fails on them: use dim=-1.
try:
    F.triplet_margin_with_distance_loss(a, p, n, distance_function=lambda x, y: 1 - F.cosine_similarity(x, y, dim=1))
except IndexError as error:
    print(f"IndexError: {error}")
    #> IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
print(F.triplet_margin_with_distance_loss(a, p, n, distance_function=lambda x, y: 1 - F.cosine_similarity(x, y, dim=-1)))
#> tensor(0.1056)
