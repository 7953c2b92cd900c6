import torch
import torch.nn.functional as F

log_probs = torch.tensor([[-0.2413, -1.7413, -3.2413],
                          [-1.2019, -1.1019, -1.0019],
                          [-1.0986, -1.0986, -1.0986]])
target = torch.tensor([0, 2, 1])
weight = torch.tensor([1.0, 2.0, 3.0])

# 'none': each loss is multiplied by the weight of its target class.
per_sample = F.nll_loss(log_probs, target, weight=weight, reduction="none")
print(per_sample)
#> tensor([0.2413, 3.0057, 2.1972])
print(F.nll_loss(log_probs, target, weight=weight, reduction="sum"))
#> tensor(5.4442)

# 'mean' divides by the weights of the targets, 1 + 3 + 2 = 6, not by N = 3.
print(F.nll_loss(log_probs, target, weight=weight))
#> tensor(0.9074)
print(per_sample.sum() / weight[target].sum())
#> tensor(0.9074)

# If every target has weight 0, 'mean' is 0 / 0 as well.
print(F.nll_loss(log_probs, target, weight=torch.tensor([0.0, 0.0, 0.0])))
#> tensor(nan)
