import torch
import torch.nn.functional as F

# Two embeddings per pair; the loss sees only their distance.
a = torch.tensor([[1.0, 2.0], [0.0, 1.0], [3.0, 0.0]], requires_grad=True)
b = torch.tensor([[1.0, 2.5], [2.0, 1.0], [0.0, 4.0]])
y = torch.tensor([1.0, -1.0, -1.0])

distance = (a - b).norm(dim=1)  # Euclidean distance, shape (N,)
print(distance.detach())
#> tensor([0.5000, 2.0000, 5.0000])
loss = F.hinge_embedding_loss(distance, y, margin=3.0, reduction="none")
print(loss.detach())
#> tensor([0.5000, 1.0000, 0.0000])

# Similar pair: pulled together. Dissimilar pair inside the margin: pushed apart.
# Dissimilar pair already beyond the margin: no gradient.
loss.sum().backward()
print(a.grad)
#> tensor([[ 0., -1.],
#>         [ 1., -0.],
#>         [ 0., -0.]])
