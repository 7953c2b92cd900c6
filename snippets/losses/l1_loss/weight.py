# snippet-devices: cpu  (F.l1_loss drops `weight` under torch.set_default_device, which the CUDA run uses; see pitfall_weight_dropped.py)
import torch
import torch.nn.functional as F

x = torch.tensor([1.0, 2.0, 3.0, 4.0])
y = torch.tensor([0.0, 0.0, 0.0, 0.0])
w = torch.tensor([0.5, 0.0, 2.0, 1.0])  # one weight per element, same shape as input
zero_w, short_w = torch.zeros(4), torch.tensor([1.0, 2.0])

# The weighted 'mean' is 10.5 / 3.5: it divides by the sum of the weights, not by the element count 4.
print((w * (x - y).abs()).sum() / w.sum())
#> tensor(3.)

print(F.l1_loss(x, y, weight=w, reduction="none"))
#> tensor([0.5000, 0.0000, 6.0000, 4.0000])
print(F.l1_loss(x, y, weight=w, reduction="sum"), F.l1_loss(x, y, weight=w))
#> tensor(10.5000) tensor(3.)
print(F.l1_loss(x, y, weight=zero_w))  # all weights zero: 0 / 0
#> tensor(nan)
try:
    F.l1_loss(x, y, weight=short_w)
except ValueError as error:
    print(f"{type(error).__name__}: {error}")
    #> ValueError: Weights and input must have the same size.
