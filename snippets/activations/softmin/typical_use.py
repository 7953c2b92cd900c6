import torch
import torch.nn as nn

torch.manual_seed(0)
queries = torch.randn(4, 8)                 # 4 query vectors
prototypes = torch.randn(3, 8)              # 3 class prototypes
distances = torch.cdist(queries, prototypes)  # (4, 3): smaller means closer
weights = nn.Softmin(dim=1)(distances)      # each row: weights over the prototypes
mixed = weights @ prototypes                # a soft nearest prototype per query
print(distances.shape, weights.shape, mixed.shape)
#> torch.Size([4, 3]) torch.Size([4, 3]) torch.Size([4, 8])
# rows sum to 1, and the nearest prototype gets the largest weight
print(torch.allclose(weights.sum(dim=1), torch.ones(4)), torch.equal(weights.argmax(dim=1), distances.argmin(dim=1)))
#> True True
