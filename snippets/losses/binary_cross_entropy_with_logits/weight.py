import torch
import torch.nn.functional as F

logits = torch.tensor([[2.2, -1.4, 0.4],
                       [-0.8, 0.9, 0.0]])
target = torch.tensor([[1.0, 0.0, 1.0],
                       [0.0, 1.0, 0.0]])
plain = F.binary_cross_entropy_with_logits(logits, target, reduction="none")

# weight multiplies both terms and broadcasts like BCELoss's: (2, 1) weighs each sample.
per_sample = torch.tensor([[1.0], [2.0]])
print(F.binary_cross_entropy_with_logits(logits, target, weight=per_sample, reduction="none") / plain)
#> tensor([[1., 1., 1.],
#>         [2., 2., 2.]])

# With both, weight scales the whole term and pos_weight only the positive part.
both = F.binary_cross_entropy_with_logits(logits, target, weight=per_sample,
                                          pos_weight=torch.tensor([2.0, 3.0, 4.0]), reduction="none")
print(both / plain)
#> tensor([[2., 1., 4.],
#>         [2., 6., 2.]])
# 'mean' is the plain mean over the 6 elements.
print(F.binary_cross_entropy_with_logits(logits, target, weight=per_sample), (plain * per_sample).mean())
#> tensor(0.6082) tensor(0.6082)
