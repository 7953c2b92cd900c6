import torch
import torch.nn.functional as F

x = torch.tensor([1000.0, 1001.0, 1002.0])
# Textbook formula: exp(1000) overflows float32 to inf, and inf / inf is nan.
print(torch.exp(x) / torch.exp(x).sum())
#> tensor([nan, nan, nan])
# F.softmax subtracts the maximum first: softmax(x) = softmax(x - max(x)).
print(F.softmax(x, dim=0))
#> tensor([0.0900, 0.2447, 0.6652])
# Any shift cancels out: the result is exactly that of 0, 1, 2.
print(torch.equal(F.softmax(x, dim=0), F.softmax(torch.tensor([0.0, 1.0, 2.0]), dim=0)))
#> True
# exp(-200) underflows float32: that probability is exactly 0 (its log would be -inf).
p = F.softmax(torch.tensor([0.0, -50.0, -200.0]), dim=0)
print(p)
#> tensor([1.0000e+00, 1.9287e-22, 0.0000e+00])
# and 1 - 1.9e-22 rounds to 1: the probabilities are in [0, 1], both ends included.
print(p[0] == 1, p[2] == 0)
#> tensor(True) tensor(True)
