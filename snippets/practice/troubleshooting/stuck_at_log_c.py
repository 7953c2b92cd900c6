import math

import torch
import torch.nn.functional as F

target = torch.tensor([0, 2, 1, 1])

# Equal logits (e.g. a dead layer or all-zero features) predict the uniform distribution:
# the loss is exactly log C, whatever the targets.
logits = torch.zeros(4, 3)
print(F.cross_entropy(logits, target), round(math.log(3), 4))
#> tensor(1.0986) 1.0986

# Softmax before CrossEntropyLoss: the inputs lie in [0, 1], so even a perfect, confident
# prediction cannot go below log(e + C - 1) - 1.
perfect = F.one_hot(target, 3).float()  # what a perfect softmax outputs
print(F.cross_entropy(perfect, target), round(math.log(math.e + 2) - 1, 4))
#> tensor(0.5514) 0.5514
print(F.cross_entropy(100 * perfect, target))  # the same prediction as logits
#> tensor(0.)
