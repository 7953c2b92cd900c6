import torch
import torch.nn.functional as F

# x equal to the threshold is replaced: the test is x > threshold, not x >= threshold.
x = torch.tensor([0.25, 0.5, 0.75])
print(F.threshold(x, 0.5, 10.0))
#> tensor([10.0000, 10.0000,  0.7500])

# The threshold is first rounded to the input's dtype. float32(0.1) = 0.100000001... is larger
# than the Python float 0.1, yet it is replaced, because 0.1 becomes float32(0.1) as well.
x = torch.tensor([0.1])
print(f"{x.item():.10f}", F.threshold(x, 0.1, 10.0))
#> 0.1000000015 tensor([10.])
