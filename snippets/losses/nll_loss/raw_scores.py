import torch
import torch.nn as nn

# An example: scores drawn with torch.randn(3, 5), not produced by log_softmax.
scores = torch.tensor([[0.1684, -0.2378, -0.5189, 1.5398, -1.1828],
                       [-0.4370, 0.3035, 1.3718, -0.2823, -0.4714],
                       [0.2863, -0.3008, 0.8902, 0.4902, -0.4487]])
target = torch.tensor([1, 0, 3])

print(nn.NLLLoss()(scores, target))
#> tensor(0.0615)
# NLLLoss only picks and negates: (0.2378 + 0.4370 - 0.4902) / 3.
print(round((0.2378 + 0.4370 - 0.4902) / 3, 4))
#> 0.0615

# These rows are not log-probabilities (exp sums to 6.8 to 7.5, not 1), so 0.0615 is not a
# likelihood. With log_softmax first, the same scores give the cross entropy instead.
print(scores.exp().sum(dim=1))
#> tensor([7.5370, 7.3212, 6.7784])
print(nn.NLLLoss()(scores.log_softmax(dim=1), target))
#> tensor(2.0363)
