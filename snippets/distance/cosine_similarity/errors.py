import torch
import torch.nn.functional as F

# The default dim=1 does not exist for single vectors.
try:
    F.cosine_similarity(torch.tensor([1.0, 0.0]), torch.tensor([1.0, 1.0]))
except IndexError as error:
    print(f"IndexError: {error}")
    #> IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
print(F.cosine_similarity(torch.tensor([1.0, 0.0]), torch.tensor([1.0, 1.0]), dim=0))
#> tensor(0.7071)

# Integer inputs are accepted only if the other input is floating point.
try:
    F.cosine_similarity(torch.tensor([[1, 2]]), torch.tensor([[3, 4]]))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: expected common dtype to be floating point, yet common dtype is Long
print(F.cosine_similarity(torch.tensor([[1, 2]]), torch.tensor([[3.0, 4.0]])))
#> tensor([0.9839])

# The shapes must broadcast.
try:
    F.cosine_similarity(torch.ones(2, 3), torch.ones(2, 4))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1
