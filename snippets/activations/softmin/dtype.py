import torch
import torch.nn.functional as F

x = torch.tensor([0.1, 0.2, 0.3])  # float32
out = F.softmin(x, dim=0, dtype=torch.float64)
# the input is cast first: the same as softmin(x.double()), not softmin(x).double()
print(out.dtype, torch.equal(out, F.softmin(x.double(), dim=0)), torch.equal(out, F.softmin(x, dim=0).double()))
#> torch.float64 True False
# with dtype an integer tensor is accepted
print(F.softmin(torch.tensor([1, 2, 3]), dim=0, dtype=torch.float32))
#> tensor([0.6652, 0.2447, 0.0900])
# Pass dtype by keyword: the third positional parameter is _stacklevel, and float64 is ignored.
print(F.softmin(x, 0, torch.float64).dtype)
#> torch.float32
