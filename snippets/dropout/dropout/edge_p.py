import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([1.0, -2.0, float("inf"), float("nan")])
# p=0: nothing is dropped (the input itself comes back).
print(F.dropout(x, p=0.0))
#> tensor([ 1., -2., inf, nan])
# p=1: every element is multiplied by 0, so inf and nan become nan rather than 0.
print(F.dropout(x, p=1.0))
#> tensor([0., -0., nan, nan])
# The same happens to every dropped inf in training mode: dropped infs become nan, kept ones stay inf.
y = F.dropout(torch.full((1000,), float("inf")), p=0.5)
print(y.isnan().any(), y.isinf().any(), (y == 0).any())
#> tensor(True) tensor(True) tensor(False)
# p outside [0, 1] is rejected, by the module and by the function.
for make in (lambda: nn.Dropout(p=1.5), lambda: F.dropout(x, p=-0.1)):
    try:
        make()
    except ValueError as error:
        print(f"ValueError: {error}")
        #> ValueError: dropout probability has to be between 0 and 1, but got 1.5
        #> ValueError: dropout probability has to be between 0 and 1, but got -0.1
