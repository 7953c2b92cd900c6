# snippet-devices: cpu  (the sign of softshrink's zeros depends on the CPU kernel's two paths)
import torch
import torch.nn.functional as F

# Softshrink of -0.25: -0. in the scalar tail, +0. in whole vector blocks.
small, large = F.softshrink(torch.full((6,), -0.25)), F.softshrink(torch.full((65,), -0.25))
print(small)
#> tensor([-0., -0., -0., -0., -0., -0.])
print(torch.signbit(small).sum(), torch.signbit(large).sum(), torch.signbit(large[-1]))  # only the last of 65
#> tensor(6) tensor(1) tensor(True)
# Hardshrink writes +0. on both paths.
print(F.hardshrink(torch.full((6,), -0.25)).signbit().any(), F.hardshrink(torch.full((65,), -0.25)).signbit().any())
#> tensor(False) tensor(False)
# A negative number times an exact 0 is -0. wherever it sits: hardswish for x <= -3, mish and silu far left.
print(F.hardswish(torch.full((65,), -5.0)).signbit().all(), F.mish(torch.full((65,), -1000.0)).signbit().all(),
      F.silu(torch.full((65,), -100.0)).signbit().all(), F.silu(torch.tensor([-100.0])))
#> tensor(True) tensor(True) tensor(True) tensor([-0.])
# -0. equals 0; only sign-sensitive operations tell it apart, and adding +0. makes it +0.
z = small[0]
print(z == 0, 1 / z, torch.signbit(z + 0.0))
#> tensor(True) tensor(-inf) tensor(False)
