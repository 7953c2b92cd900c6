import torch
import torch.nn.functional as F

# LayerNorm does not depend on the scale of the input... until the variance overflows.
# float32 holds numbers up to about 3.4e38, so squares overflow for |x| above about 1.8e19.
x = torch.tensor([1.0, -1.0, 0.5])
print(F.layer_norm(x * 1e18, [3]))
#> tensor([ 0.9806, -1.3728,  0.3922])
print(F.layer_norm(x * 1e20, [3]))  # variance = inf, output silently 0
#> tensor([0., 0., 0.])
print(F.layer_norm((x * 1e20).double(), [3]))
#> tensor([ 0.9806, -1.3728,  0.3922], dtype=torch.float64)
