# snippet-devices: cpu  (float32 results made of rounding error: another device's tanh need not round the same way)
import torch
import torch.nn.functional as F

# Near 0, x - tanh(x) ~ x**3 / 3 is the difference of two almost equal numbers.
x = torch.tensor([1e-1, 1e-2, 1e-3, 1e-4])
print(F.tanhshrink(x))  # float32: 5% off at 1e-3, 0 at 1e-4
#> tensor([3.3201e-04, 3.3341e-07, 3.4925e-10, 0.0000e+00])
print(F.tanhshrink(x.double()))  # float64 holds up much longer
#> tensor([3.3201e-04, 3.3332e-07, 3.3333e-10, 3.3333e-13], dtype=torch.float64)
print(x.double() ** 3 / 3)  # leading term of the series
#> tensor([3.3333e-04, 3.3333e-07, 3.3333e-10, 3.3333e-13], dtype=torch.float64)
