import torch
import torch.nn.functional as F

x = torch.tensor([-1.0, 0.0, 2.0])
# p=0 returns the input itself; p=1 multiplies by 0, giving 0 rather than the saturation value.
print(F.alpha_dropout(x, p=0.0, training=True) is x, F.alpha_dropout(x, p=1.0, training=True))
#> True tensor([-0., 0., 0.])
try:
    F.alpha_dropout(x, p=1.5, training=True)
except ValueError as error:
    print(f"ValueError: {error}")
    #> ValueError: dropout probability has to be between 0 and 1, but got 1.5
