import torch
import torch.nn.functional as F

log_probs = torch.tensor([[-0.2413, -1.7413, -3.2413],
                          [-1.2019, -1.1019, -1.0019],
                          [-1.0986, -1.0986, -1.0986]])
weight = torch.tensor([1.0, 2.0, 3.0])
target = torch.tensor([0, -100, 1])  # -100 is the default ignore_index

print(F.nll_loss(log_probs, target, weight=weight, reduction="none"))
#> tensor([0.2413, 0.0000, 2.1972])
# The ignored sample leaves the denominator too: (0.2413 + 2 * 1.0986) / (1 + 2).
print(F.nll_loss(log_probs, target, weight=weight))
#> tensor(0.8128)

# ignore_index can also be a real class, here class 0.
print(F.nll_loss(log_probs, torch.tensor([0, 2, 1]), ignore_index=0, reduction="none"))
#> tensor([0.0000, 1.0019, 1.0986])

# Every target ignored: 'mean' is 0 / 0 = nan, 'sum' is 0.
all_ignored = torch.tensor([-100, -100, -100])
print(F.nll_loss(log_probs, all_ignored), F.nll_loss(log_probs, all_ignored, reduction="sum"))
#> tensor(nan) tensor(0.)

# Ignored samples get no gradient.
x = log_probs.clone().requires_grad_()
F.nll_loss(x, target, weight=weight).backward()
print(x.grad)
#> tensor([[-0.3333,  0.0000,  0.0000],
#>         [ 0.0000,  0.0000,  0.0000],
#>         [ 0.0000, -0.6667,  0.0000]])
