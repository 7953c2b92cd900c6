import torch
import torch.nn.functional as F

# The two inputs must broadcast: here 4 and 5 coordinates.
try:
    F.pairwise_distance(torch.ones(3, 4), torch.ones(3, 5))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: The size of tensor a (4) must match the size of tensor b (5) at non-singleton dimension 1
