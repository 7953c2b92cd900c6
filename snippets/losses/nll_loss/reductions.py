import torch
import torch.nn.functional as F

log_probs = torch.tensor([[-0.2413, -1.7413, -3.2413],
                          [-1.2019, -1.1019, -1.0019],
                          [-1.0986, -1.0986, -1.0986]])
target = torch.tensor([0, 2, 1])

print(F.nll_loss(log_probs, target, reduction="none"))
#> tensor([0.2413, 1.0019, 1.0986])
print(F.nll_loss(log_probs, target, reduction="sum"))
#> tensor(2.3418)
print(F.nll_loss(log_probs, target, reduction="mean"))
#> tensor(0.7806)
