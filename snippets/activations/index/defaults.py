import torch
import torch.nn as nn

# The parameters behind the "default" column of the table.
print(nn.Hardshrink(), nn.Softshrink(), nn.RReLU(), nn.ELU(), nn.CELU())
#> Hardshrink(0.5) Softshrink(0.5) RReLU(lower=0.125, upper=0.3333333333333333) ELU(alpha=1.0) CELU(alpha=1.0)
print(nn.PReLU().weight)
#> Parameter containing:
#> tensor([0.2500], requires_grad=True)
# RReLU in eval mode uses the mean slope (1/8 + 1/3) / 2 = 11/48.
print(nn.RReLU().eval()(torch.tensor([-48.0, 2.0])))
#> tensor([-11.,   2.])
# SELU's fixed constants: scale * alpha is its lower bound.
selu_min = nn.SELU()(torch.tensor(-1e4))
print(selu_min, torch.isclose(selu_min, torch.tensor(-1.0507009873554805 * 1.6732632423543772)))
#> tensor(-1.7581) tensor(True)
# Threshold has no defaults.
try:
    nn.Threshold()
except TypeError as error:
    print(f"{type(error).__name__}: {error}")
    #> TypeError: Threshold.__init__() missing 2 required positional arguments: 'threshold' and 'value'
