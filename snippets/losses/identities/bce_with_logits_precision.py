import torch
import torch.nn.functional as F

# Target 0 and growing positive logits: the exact loss is softplus(x) = log(1 + exp(x)).
logits = torch.tensor([5.0, 10.0, 15.0, 16.0, 17.0, 20.0, 90.0])
target = torch.zeros(7)
print(F.softplus(logits.double()).float())  # float64 reference, shown in float32
#> tensor([ 5.0067, 10.0000, 15.0000, 16.0000, 17.0000, 20.0000, 90.0000])

print(F.binary_cross_entropy_with_logits(logits, target, reduction="none"))
#> tensor([ 5.0067, 10.0000, 15.0000, 16.0000, 17.0000, 20.0000, 90.0000])

# Sigmoid + BCELoss, even with the best float32 probability (sigmoid in float64, then rounded):
# BCELoss needs log(1 - p), and near 1 the float32 grid is too coarse to hold 1 - p.
probs = torch.sigmoid(logits.double()).float()
print(F.binary_cross_entropy(probs, target, reduction="none"))
#> tensor([  5.0067,   9.9996,  15.0261,  15.9424,  16.6355, 100.0000, 100.0000])
print(probs == 1)
#> tensor([False, False, False, False, False,  True,  True])
print(1 - probs[:4], torch.sigmoid(-logits[:4].double()).float())
#> tensor([6.6928e-03, 4.5419e-05, 2.9802e-07, 1.1921e-07]) tensor([6.6929e-03, 4.5398e-05, 3.0590e-07, 1.1254e-07])
