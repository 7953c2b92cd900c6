import torch
import torch.nn.functional as F

anchor = torch.tensor([[1.0, 2.0], [0.5, -1.0]], requires_grad=True)
other = torch.tensor([[1.0, 2.0], [1.5, -1.0]])  # the first pair has collapsed onto one point

# A hand-written Euclidean distance: the loss is finite, its gradient is not.
distance = ((anchor - other) ** 2).sum(dim=1).sqrt()
distance.sum().backward()
print(distance.detach(), anchor.grad)
#> tensor([0., 1.]) tensor([[nan, nan],
#>         [-1.,  0.]])

# Confirm: anomaly mode names the backward function that first returned nan.
with torch.autograd.detect_anomaly():
    try:
        ((anchor - other) ** 2).sum(dim=1).sqrt().sum().backward()
    except RuntimeError as e:
        print(type(e).__name__, e)
        #> RuntimeError Function 'PowBackward0' returned nan values in its 0th output.

# Fix: torch.linalg.vector_norm has a zero gradient at 0 (F.pairwise_distance adds eps instead).
anchor.grad = None
distance = torch.linalg.vector_norm(anchor - other, dim=1)
distance.sum().backward()
print(distance.detach(), anchor.grad)
#> tensor([0., 1.]) tensor([[ 0.,  0.],
#>         [-1.,  0.]])
