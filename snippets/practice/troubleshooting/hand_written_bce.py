import torch
import torch.nn.functional as F

logits = torch.tensor([20.0, 20.0, 1.0])
target = torch.tensor([1.0, 0.0, 1.0])

# In float32, sigmoid(20) rounds to exactly 1, so log(1 - p) = log(0) = -inf.
p = torch.sigmoid(logits)
print(p == 1)
#> tensor([ True,  True, False])
hand = -(target * torch.log(p) + (1 - target) * torch.log(1 - p))
print(hand)  # 0 * -inf = nan for the first sample, inf for the second
#> tensor([   nan,    inf, 0.3133])

# BCELoss clamps each log at -100; BCEWithLogitsLoss works on the logits and stays exact.
print(F.binary_cross_entropy(p, target, reduction="none"))
#> tensor([ -0.0000, 100.0000,   0.3133])
print(F.binary_cross_entropy_with_logits(logits, target, reduction="none").round(decimals=4))
#> tensor([ 0.0000, 20.0000,  0.3133])
