import torch
import torch.nn.functional as F

# A confident wrong prediction: logit 20, target 0.
logit = torch.tensor([20.0])
target = torch.tensor([0.0])

# sigmoid(20) rounds to 1 in float32, log(1 - 1) = -inf, and BCELoss clamps the log at -100.
print(F.binary_cross_entropy(torch.sigmoid(logit), target))
#> tensor(100.)
# On the logit the loss is log(1 + exp(20)), about 20.
print(F.binary_cross_entropy_with_logits(logit, target))
#> tensor(20.)
