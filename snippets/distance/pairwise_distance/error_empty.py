import torch
import torch.nn.functional as F

# Norms without an identity (negative p, +-inf) cannot reduce an empty vector.
try:
    F.pairwise_distance(torch.ones(3, 0), torch.ones(3, 0), p=float("inf"))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: linalg.vector_norm cannot compute the inf norm on the dimension 1because this dimension is empty and the operation does not have an identity
print(F.pairwise_distance(torch.ones(3, 0), torch.ones(3, 0)))  # p=2: the empty sum is 0
#> tensor([0., 0., 0.])
