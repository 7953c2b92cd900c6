import torch
import torch.nn.functional as F

x = torch.tensor([float("-inf"), -1e30, float("nan"), 1e30, float("inf")], requires_grad=True)
y = F.tanhshrink(x)
print(y)  # +-inf stay infinite (inf - 1); NaN propagates
#> tensor([       -inf, -1.0000e+30,         nan,  1.0000e+30,         inf],
#>        grad_fn=<SubBackward0>)
y.sum().backward()
print(x.grad)  # tanh(x)**2; NaN at the NaN position
#> tensor([1., 1., nan, 1., 1.])

print(F.tanhshrink(torch.tensor(2.0)), F.tanhshrink(torch.empty(0)).shape)  # 0-d and empty tensors
#> tensor(1.0360) torch.Size([0])
# Unlike the other shrink functions, integer tensors are accepted: tanh promotes them to float.
print(F.tanhshrink(torch.tensor([-2, 0, 2])))
#> tensor([-1.0360,  0.0000,  1.0360])
