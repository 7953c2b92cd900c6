import torch
import torch.nn.functional as F

for dtype in [torch.float32, torch.float16, torch.bfloat16]:
    info = torch.finfo(dtype)
    print(dtype, info.max, info.smallest_normal, info.eps)
    #> torch.float32 3.4028234663852886e+38 1.1754943508222875e-38 1.1920928955078125e-07
    #> torch.float16 65504.0 6.103515625e-05 0.0009765625
    #> torch.bfloat16 3.3895313892515355e+38 1.1754943508222875e-38 0.0078125

# Overflow: float16 stops at 65504, so an error of 300 squares to inf. bfloat16 has the range of float32.
pred = torch.tensor([300.0, 1.0])
obs = torch.tensor([0.0, 0.0])
for dtype in [torch.float16, torch.bfloat16]:
    print(dtype, F.mse_loss(pred.to(dtype), obs.to(dtype)))
    #> torch.float16 tensor(inf, dtype=torch.float16)
    #> torch.bfloat16 tensor(45056., dtype=torch.bfloat16)
print(F.mse_loss(pred.double(), obs.double()).item())  # the exact value
#> 45000.5

# Underflow: in float16 exp(-20) is already 0, so log(softmax) gives -inf at a gap of 20 (float32: over 100).
logits = torch.tensor([[0.0, 20.0]], dtype=torch.float16)
print(torch.log(torch.softmax(logits, dim=1)), F.log_softmax(logits, dim=1))
#> tensor([[-inf, 0.]], dtype=torch.float16) tensor([[-20.,   0.]], dtype=torch.float16)

# Saturation: sigmoid(10) rounds to exactly 1 in float16 (in float32 it is still below 1),
# so sigmoid + BCELoss hits the clamp of 100 while BCEWithLogitsLoss stays exact.
z = torch.tensor([6.0, 8.0, 10.0], dtype=torch.float16)
zero = torch.zeros(3, dtype=torch.float16)
print(torch.sigmoid(z))
#> tensor([0.9976, 0.9995, 1.0000], dtype=torch.float16)
print(torch.sigmoid(z) == 1, torch.sigmoid(torch.tensor([10.0, 20.0])) == 1)
#> tensor([False, False,  True]) tensor([False,  True])
print(F.binary_cross_entropy(torch.sigmoid(z), zero, reduction="none"),
      F.binary_cross_entropy_with_logits(z, zero, reduction="none"))
#> tensor([  6.0156,   7.6250, 100.0000], dtype=torch.float16) tensor([ 6.0039,  8.0000, 10.0000], dtype=torch.float16)

# BCELoss's backward floor of 1e-12 is 0 in float16: the gradient at p = 0 is -inf, not -1e12.
p = torch.tensor([0.0, 0.5], dtype=torch.float16, requires_grad=True)
F.binary_cross_entropy(p, torch.ones(2, dtype=torch.float16), reduction="sum").backward()
print(p.grad, torch.tensor(1e-12, dtype=torch.float16))
#> tensor([-inf, -2.], dtype=torch.float16) tensor(0., dtype=torch.float16)
