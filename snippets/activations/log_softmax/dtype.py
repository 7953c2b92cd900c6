import torch
import torch.nn.functional as F

x = torch.tensor([0.1, 0.2, 0.3])  # float32
out = F.log_softmax(x, dim=0, dtype=torch.float64)
# the input is cast first: the same as log_softmax(x.double()), not log_softmax(x).double()
print(out.dtype, torch.equal(out, F.log_softmax(x.double(), dim=0)),
      torch.equal(out, F.log_softmax(x, dim=0).double()))
#> torch.float64 True False
# with dtype an integer tensor is accepted
print(F.log_softmax(torch.tensor([1, 2, 3]), dim=0, dtype=torch.float32))
#> tensor([-2.4076, -1.4076, -0.4076])
# Pass dtype by keyword: the third positional parameter of F.log_softmax is _stacklevel.
# torch.log_softmax takes it as dtype.
print(F.log_softmax(x, 0, torch.float64).dtype, torch.log_softmax(x, 0, torch.float64).dtype)
#> torch.float32 torch.float64
