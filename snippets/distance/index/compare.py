import torch
import torch.nn.functional as F

# Three pairs: same direction but twice as long, orthogonal, opposite.
a = torch.tensor([[3.0, 4.0], [1.0, 0.0], [1.0, 1.0]])
b = torch.tensor([[6.0, 8.0], [0.0, 1.0], [-1.0, -1.0]])
print(F.pairwise_distance(a, b))  # row n against row n: the length of a - b (+ eps)
#> tensor([5.0000, 1.4142, 2.8284])
print(F.cosine_similarity(a, b))  # the angle only: lengths do not count
#> tensor([ 1.0000,  0.0000, -1.0000])
print(torch.cdist(a, b))  # every row of a against every row of b, without eps
#> tensor([[5.0000, 4.2426, 6.4031],
#>         [9.4340, 1.4142, 2.2361],
#>         [8.6023, 1.0000, 2.8284]])
