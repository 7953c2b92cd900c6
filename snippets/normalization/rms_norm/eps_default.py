import torch
import torch.nn as nn
import torch.nn.functional as F

print(nn.RMSNorm(4).eps)  # None: the default is decided at call time, from the dtype
#> None

# mean(x^2) = 1e-6 here, so the value of eps shows in the output.
for dtype in (torch.float32, torch.float64):
    x = torch.tensor([1e-3, -1e-3], dtype=dtype)
    default = F.rms_norm(x, [2])
    print(dtype, default, torch.equal(default, F.rms_norm(x, [2], eps=torch.finfo(dtype).eps)))
    #> torch.float32 tensor([ 0.9452, -0.9452]) True
    #> torch.float64 tensor([ 1.0000, -1.0000], dtype=torch.float64) True

# Checkpoints trained with an explicit eps (1e-6, 1e-5, ...) need it passed: it changes the output.
print(F.rms_norm(torch.tensor([1e-3, -1e-3]), [2], eps=1e-6))
#> tensor([ 0.7071, -0.7071])

# float16 and bfloat16 are computed in float32, and the default is float32's eps, not their own.
x = torch.tensor([1e-3, -1e-3], dtype=torch.float16)
print([f"{torch.finfo(dtype).eps:.2e}" for dtype in (torch.float16, torch.bfloat16, torch.float32, torch.float64)])
#> ['9.77e-04', '7.81e-03', '1.19e-07', '2.22e-16']
print(F.rms_norm(x, [2]))
#> tensor([ 0.9453, -0.9453], dtype=torch.float16)
print(F.rms_norm(x, [2], eps=torch.finfo(torch.float16).eps))
#> tensor([ 0.0320, -0.0320], dtype=torch.float16)
# Same default as eps=float32's eps, different from eps=their own eps, for both half types:
for dtype in (torch.float16, torch.bfloat16):
    x = torch.tensor([1e-3, -1e-3], dtype=dtype)
    default = F.rms_norm(x, [2])
    print(dtype, torch.equal(default, F.rms_norm(x, [2], eps=torch.finfo(torch.float32).eps)),
          torch.equal(default, F.rms_norm(x, [2], eps=torch.finfo(dtype).eps)))
    #> torch.float16 True False
    #> torch.bfloat16 True False
