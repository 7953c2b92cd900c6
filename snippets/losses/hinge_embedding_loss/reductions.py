import torch
import torch.nn.functional as F

# Any shape works: input and target are compared element by element.
distance = torch.tensor([[0.3, 1.5],
                         [0.2, 2.0]])
y = torch.tensor([[1.0, 1.0],
                  [-1.0, 1.0]])

print(F.hinge_embedding_loss(distance, y, reduction="none"))
#> tensor([[0.3000, 1.5000],
#>         [0.8000, 2.0000]])
print(F.hinge_embedding_loss(distance, y, reduction="sum"))
#> tensor(4.6000)
# 'mean' divides by the number of elements (4).
print(F.hinge_embedding_loss(distance, y, reduction="mean"))
#> tensor(1.1500)
