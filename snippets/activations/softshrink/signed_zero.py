# snippet-devices: cpu  (the sign of the zeros depends on the code paths of the CPU kernel)
import torch
import torch.nn.functional as F

x = torch.tensor([-0.1473, -1.0722, 2.3532, -0.6775, 0.1545, 0.1195])
y = F.softshrink(x)
print(y[0], torch.signbit(y[0]))  # the first zero is -0.: the sign of x survives
#> tensor(-0.) tensor(True)
print(y[0] == 0, 1 / y[0], 1 / y[4])  # -0. equals 0; only the sign-sensitive operations differ
#> tensor(True) tensor(-inf) tensor(inf)
print(torch.signbit(y + 0.0)[0])  # adding +0. turns -0. into +0. and leaves every other value alone
#> tensor(False)

# The CPU kernel has two code paths. Blocks of whole SIMD vectors get +0, the elements
# left over at the end are computed one by one as x * 0, which is -0. for negative x.
z = F.softshrink(torch.full((65,), -0.25))
print(torch.signbit(z).sum(), torch.signbit(z[-1]))  # only the last element of 65 is -0.
#> tensor(1) tensor(True)

# Hardshrink writes +0 on both paths.
h = F.hardshrink(x)
print(h[0], torch.signbit(h[0]))
#> tensor(0.) tensor(False)
