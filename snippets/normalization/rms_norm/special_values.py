import torch
import torch.nn.functional as F

# An all-zero row stays 0 (eps keeps the denominator positive).
print(F.rms_norm(torch.zeros(1, 3), [3]))
#> tensor([[0., 0., 0.]])
# nan spoils its row. An infinity makes the mean square inf: the finite entries become 0
# and the infinite one becomes inf / inf = nan.
x = torch.tensor([[1.0, float("nan"), 3.0],
                  [1.0, float("inf"), 3.0]])
print(F.rms_norm(x, [3]))
#> tensor([[nan, nan, nan],
#>         [0., nan, 0.]])
# Squares overflow in float32 above about 1.8e19: the output is silently 0.
print(F.rms_norm(torch.tensor([1e18, -1e18]), [2]), F.rms_norm(torch.tensor([1e20, -1e20]), [2]))
#> tensor([ 1., -1.]) tensor([0., -0.])
print(F.rms_norm(torch.empty(0, 3), [3]).shape)
#> torch.Size([0, 3])
