import torch
import torch.nn.functional as F

x = torch.tensor([1.0, 2.0, 3.0, 4.0])
y = torch.tensor([0.0, 0.0, 0.0, 0.0])
w = torch.tensor([0.5, 0.0, 2.0, 1.0])  # functional form only; same shape as input

print(F.mse_loss(x, y, weight=w, reduction="none"))
#> tensor([ 0.5000,  0.0000, 18.0000, 16.0000])
print(F.mse_loss(x, y, weight=w, reduction="sum"))
#> tensor(34.5000)
# The weighted 'mean' is 34.5 / 3.5: it divides by the sum of the weights, not by the 4 elements.
print(F.mse_loss(x, y, weight=w), (w * (x - y) ** 2).sum() / w.sum())
#> tensor(9.8571) tensor(9.8571)
print(F.mse_loss(x, y, weight=torch.zeros(4)))  # all weights zero: 0 / 0
#> tensor(nan)
try:
    F.mse_loss(x, y, weight=torch.tensor([1.0, 2.0]))
except ValueError as error:
    print(f"{type(error).__name__}: {error}")
    #> ValueError: Weights and input must have the same size.
