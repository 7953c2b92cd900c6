import torch
import torch.nn.functional as F

# Above beta * x > threshold the output is the input itself, bit for bit.
x = torch.tensor([20.5, 25.0, 1000.0])
print(torch.equal(F.softplus(x), x))
#> True
# The test is on beta * x: with beta = 2 the linear part starts at x = 10.
print(torch.equal(F.softplus(torch.tensor([10.5]), beta=2), torch.tensor([10.5])))
#> True

# At the boundary itself (beta * x == threshold) the formula is still used. In float64 the switch
# shows: softplus(x) - x drops from log(1 + exp(-20)) = 2.06e-09 to exactly 0, and the
# gradient from sigmoid(20) to exactly 1.
d = torch.tensor([19.5, 20.0, 20.5], dtype=torch.float64, requires_grad=True)
y = F.softplus(d)
y.sum().backward()
print(y - d)
#> tensor([3.3983e-09, 2.0612e-09, 0.0000e+00], dtype=torch.float64,
#>        grad_fn=<SubBackward0>)
print(1 - d.grad)
#> tensor([3.3983e-09, 2.0612e-09, 0.0000e+00], dtype=torch.float64)
# In float32 the jump is below the resolution: softplus(20) is exactly 20.
print(F.softplus(torch.tensor(20.0)) == 20)
#> tensor(True)
