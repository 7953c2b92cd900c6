import torch
import torch.nn.functional as F

# A nan reaches every channel whose window contains it (size=3: itself and one neighbor each side).
x = torch.tensor([1.0, float("nan"), 3.0, 4.0, 5.0]).reshape(1, 5, 1)
print(F.local_response_norm(x, size=3).flatten())
#> tensor([   nan,    nan,    nan, 3.9950, 4.9949])
# An infinity makes its neighbors 0 and itself inf / inf = nan.
x = torch.tensor([1.0, 2.0, float("inf"), 4.0, 5.0]).reshape(1, 5, 1)
print(F.local_response_norm(x, size=3).flatten())
#> tensor([0.9999, 0.0000,    nan, 0.0000, 4.9949])
# With k=0 an all-zero window gives 0 / 0.
print(F.local_response_norm(torch.zeros(1, 2, 1), size=2, k=0.0).flatten())
#> tensor([nan, nan])
# An empty input is returned as it is: the very same tensor object.
empty = torch.empty(0, 3, 4)
print(F.local_response_norm(empty, size=2) is empty)
#> True
