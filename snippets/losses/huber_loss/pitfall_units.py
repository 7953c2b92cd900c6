import torch
import torch.nn.functional as F

# The same errors in meters and in centimeters.
error_m = torch.tensor([0.05, 0.3, 2.0])
error_cm = error_m * 100

# delta is in the units of the error: with delta=1 the meter errors are mostly
# quadratic, the centimeter errors all linear with slope 1 (times 100 their size).
for error in [error_m, error_cm]:
    x = error.clone().requires_grad_()
    F.huber_loss(x, torch.zeros(3), reduction="sum").backward()
    print(x.grad)
    #> tensor([0.0500, 0.3000, 1.0000])
    #> tensor([1., 1., 1.])
# Scaling delta with the data keeps the loss consistent: L(100 d; 100 delta) = 100**2 L(d; delta).
zeros = torch.zeros(3)
print(F.huber_loss(error_cm, zeros, delta=100.0) / 100**2, F.huber_loss(error_m, zeros, delta=1.0))
#> tensor(0.5154) tensor(0.5154)
