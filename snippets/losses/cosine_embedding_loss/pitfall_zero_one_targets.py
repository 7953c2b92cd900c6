import torch
import torch.nn.functional as F

x1 = torch.tensor([[1.0, 0.0], [1.0, 0.0], [1.0, 2.0]], requires_grad=True)
x2 = torch.tensor([[1.0, 1.0], [0.0, 1.0], [2.0, 1.0]])
labels01 = torch.tensor([1, 0, 0])  # meant: similar, dissimilar, dissimilar

# No error: a target that is neither 1 nor -1 contributes 0 loss and 0 gradient,
# so the dissimilar pairs are silently never pushed apart.
loss = F.cosine_embedding_loss(x1, x2, labels01, reduction="none")
print(loss)
#> tensor([0.2929, 0.0000, 0.0000], grad_fn=<AddBackward0>)
loss.sum().backward()
print(x1.grad)
#> tensor([[ 0.0000, -0.7071],
#>         [ 0.0000,  0.0000],
#>         [ 0.0000,  0.0000]])

# Map {0, 1} to {-1, 1} first:
print(F.cosine_embedding_loss(x1, x2, labels01 * 2 - 1, reduction="none"))
#> tensor([0.2929, 0.0000, 0.8000], grad_fn=<AddBackward0>)
