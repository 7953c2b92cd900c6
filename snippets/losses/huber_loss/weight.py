import torch
import torch.nn.functional as F

x = torch.tensor([1.0, 2.0, 3.0, 4.0])
y = torch.tensor([0.0, 0.0, 0.0, 0.0])
w = torch.tensor([0.5, 0.0, 2.0, 1.0])  # functional form only; same shape as input

weighted = w * F.huber_loss(x, y, reduction="none")
print(F.huber_loss(x, y, weight=w, reduction="none"), weighted)
#> tensor([0.2500, 0.0000, 5.0000, 3.5000]) tensor([0.2500, 0.0000, 5.0000, 3.5000])
print(F.huber_loss(x, y, weight=w, reduction="sum"))
#> tensor(8.7500)
# Unlike l1_loss and mse_loss, the weighted 'mean' is 8.75 / 4: it divides by the element
# count 4, not by the sum of the weights 3.5 (that would give 2.5).
print(F.huber_loss(x, y, weight=w), weighted.sum() / 4, weighted.sum() / w.sum())
#> tensor(2.1875) tensor(2.1875) tensor(2.5000)
try:
    F.huber_loss(x, y, weight=torch.tensor([1.0, 2.0]))
except ValueError as error:
    print(f"{type(error).__name__}: {error}")
    #> ValueError: Weights and input must have the same size.
