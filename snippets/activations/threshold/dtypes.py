import torch
import torch.nn.functional as F

# Integer tensors work; threshold and value are converted to the input's dtype first.
x = torch.tensor([-1, 0, 1, 2])
print(F.threshold(x, -0.5, 2.5))  # -0.5 -> 0 and 2.5 -> 2 (truncated), so 0 is replaced too
#> tensor([2, 2, 1, 2])
print(F.threshold(torch.tensor([1, 2, 3], dtype=torch.uint8), 1.5, -1))  # -1 wraps around to 255
#> tensor([255,   2,   3], dtype=torch.uint8)
