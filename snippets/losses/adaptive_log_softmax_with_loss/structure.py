import inspect

import torch.nn as nn

# No reduction, weight, ignore_index or label_smoothing, and no deprecated size_average / reduce.
print(list(inspect.signature(nn.AdaptiveLogSoftmaxWithLoss).parameters))
#> ['in_features', 'n_classes', 'cutoffs', 'div_value', 'head_bias', 'device', 'dtype']

asm = nn.AdaptiveLogSoftmaxWithLoss(in_features=64, n_classes=1000, cutoffs=[100, 400], div_value=4.0)
# cutoffs gain n_classes at the end; the head scores 100 shortlist classes + 2 cluster tokens.
print(asm.cutoffs, asm.shortlist_size, asm.n_clusters, asm.head_size)
#> [100, 400, 1000] 100 2 102
print(asm.head)
#> Linear(in_features=64, out_features=102, bias=False)
# Cluster i projects to in_features // div_value**(i + 1) features, then to its classes.
for i, (down, up) in enumerate(asm.tail):
    print(i, tuple(down.weight.shape), tuple(up.weight.shape))
    #> 0 (16, 64) (300, 16)
    #> 1 (4, 64) (600, 4)

# head_bias=True adds a bias to the head only; the tail layers never have one.
biased = nn.AdaptiveLogSoftmaxWithLoss(64, 1000, cutoffs=[100, 400], head_bias=True)
print([(name, tuple(p.shape)) for name, p in biased.named_parameters() if name.endswith("bias")])
#> [('head.bias', (102,))]
