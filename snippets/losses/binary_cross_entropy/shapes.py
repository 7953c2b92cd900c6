import torch
import torch.nn.functional as F

# Any shape works as long as input and target match: a scalar, a vector, an image.
print(F.binary_cross_entropy(torch.tensor(0.8), torch.tensor(1.0)))
#> tensor(0.2231)
masks = torch.tensor([[[[0.9, 0.2], [0.6, 0.4]]]])  # (N=1, C=1, H=2, W=2) mask probabilities
truth = torch.tensor([[[[1.0, 0.0], [1.0, 0.0]]]])
print(F.binary_cross_entropy(masks, truth, reduction="none").shape, F.binary_cross_entropy(masks, truth))
#> torch.Size([1, 1, 2, 2]) tensor(0.3375)
