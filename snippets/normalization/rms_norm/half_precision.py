import torch
import torch.nn.functional as F

# float16 overflows above 65504, so squaring 300 in float16 gives inf.
x = torch.tensor([300.0, -300.0, 100.0], dtype=torch.float16)
print(x * x)
#> tensor([   inf,    inf, 10000.], dtype=torch.float16)
# A hand-written RMSNorm in float16 then returns zeros ...
print(x * torch.rsqrt(x.pow(2).mean(dim=-1, keepdim=True)))
#> tensor([0., -0., 0.], dtype=torch.float16)
# ... while F.rms_norm squares in float32 and casts the result back to float16.
y = F.rms_norm(x, [3])
print(y, y.dtype)
#> tensor([ 1.1924, -1.1924,  0.3975], dtype=torch.float16) torch.float16
