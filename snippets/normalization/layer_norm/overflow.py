# snippet-devices: cpu  (the CUDA kernel computes the variance in another way: other results)
import torch
import torch.nn.functional as F

# LayerNorm does not depend on the scale of the input... until the squares overflow.
# float32 holds numbers up to about 3.4e38, so squares overflow for |x| above about 1.8e19.
x = torch.tensor([1.0, -1.0, 0.5])
print(F.layer_norm(x * 1e18, [3]))
#> tensor([ 0.9806, -1.3728,  0.3922])
print(F.layer_norm(x * 1e20, [3]))  # the mean of the squares is inf: the output is 0
#> tensor([0., 0., 0.])
# A huge slice whose values have the same sign, or a huge constant slice: nan, not 0.
print(F.layer_norm(torch.tensor([1e20, 2e20, 3e20]), [3]), F.layer_norm(torch.full((3,), 1e20), [3]))
#> tensor([nan, nan, nan]) tensor([nan, nan, nan])
print(F.layer_norm((x * 1e20).double(), [3]))  # float64 has room for the squares
#> tensor([ 0.9806, -1.3728,  0.3922], dtype=torch.float64)
