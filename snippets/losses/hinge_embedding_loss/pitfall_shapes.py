import torch
import torch.nn.functional as F

# Distances of shape (N, 1), e.g. from pairwise_distance(..., keepdim=True), with an (N) target:
# no error, the two broadcast to (N, N) and every distance meets every label.
distance = torch.tensor([[0.3], [1.5], [0.2]])
y = torch.tensor([1.0, 1.0, -1.0])
print(F.hinge_embedding_loss(distance, y, reduction="none").shape)
#> torch.Size([3, 3])
print(F.hinge_embedding_loss(distance, y), F.hinge_embedding_loss(distance.squeeze(1), y))
#> tensor(0.6111) tensor(0.8667)

# Shapes that do not broadcast are an error:
try:
    F.hinge_embedding_loss(torch.tensor([0.3, 1.5, 0.2]), torch.tensor([1.0, -1.0]))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0
