import torch.nn as nn


def count(module):
    return sum(p.numel() for p in module.parameters())


# A 10 000-class output layer on 64 features: full softmax vs adaptive softmax.
full = nn.Linear(64, 10000, bias=False)
asm = nn.AdaptiveLogSoftmaxWithLoss(64, 10000, cutoffs=[500, 2000], div_value=4.0)
print(count(full), count(asm))
#> 640000 89408
print(count(asm.head), [count(cluster) for cluster in asm.tail])
#> 32128 [25024, 32256]
# A sample whose target is in the shortlist only needs the head: 502 scores instead of 10000.
print(asm.head.out_features, full.out_features)
#> 502 10000
