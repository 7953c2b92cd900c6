import torch
import torch.nn as nn

cos = nn.CosineSimilarity(dim=1)  # eps=1e-8
x1 = torch.tensor([[1.0, 0.0], [1.0, 1.0], [3.0, 4.0], [2.0, 1.0]])
x2 = torch.tensor([[0.0, 5.0], [2.0, 2.0], [-3.0, -4.0], [1.0, 3.0]])
# orthogonal, same direction, opposite direction, and (2*1 + 1*3) / (sqrt(5) * sqrt(10))
print(cos(x1, x2))
#> tensor([ 0.0000,  1.0000, -1.0000,  0.7071])
print(round(5 / (5**0.5 * 10**0.5), 4))
#> 0.7071
