import torch
import torch.nn.functional as F

x = torch.tensor([0.1, 0.2, 0.3])  # float32
out = F.softmax(x, dim=0, dtype=torch.float64)
print(out.dtype)
#> torch.float64
# dtype casts the INPUT, then computes: identical to softmax(x.double()) ...
print(torch.equal(out, F.softmax(x.double(), dim=0)))
#> True
# ... and not to casting the float32 result afterwards.
print(torch.equal(out, F.softmax(x, dim=0).double()))
#> False
# Because the cast comes first, an integer tensor is accepted with dtype (and rejected without).
print(F.softmax(torch.tensor([1, 2, 3]), dim=0, dtype=torch.float32))
#> tensor([0.0900, 0.2447, 0.6652])
# Pass dtype by keyword: the third positional parameter of F.softmax is _stacklevel,
# so the float64 below is ignored without a word. torch.softmax takes it as dtype.
print(F.softmax(x, 0, torch.float64).dtype, torch.softmax(x, 0, torch.float64).dtype)
#> torch.float32 torch.float64
