import inspect

import torch.nn as nn
import torch.nn.functional as F


def parameters(f):
    # "*" marks keyword-only parameters
    return [("*" if p.kind is p.KEYWORD_ONLY else "") + name for name, p in inspect.signature(f).parameters.items()]


print(parameters(nn.LinearCrossEntropyLoss))
#> ['in_features', 'num_classes', '*out_features', '*bias', '*device', '*dtype', '*reduction', '*weight', '*ignore_index', '*label_smoothing', '*options']
print(parameters(F.linear_cross_entropy))
#> ['input', 'linear_weight', 'target', '*linear_bias', '*weight', '*reduction', '*ignore_index', '*label_smoothing', '*options']
print(nn.LinearCrossEntropyLoss(4, 5))
#> LinearCrossEntropyLoss(
#>   in_features=4, num_classes=5, out_features=(), bias=False, reduction=mean, ignore_index=None, label_smoothing=0.0, options=None
#>   (linear): Linear(in_features=4, out_features=5, bias=False)
#> )
print(nn.LinearCrossEntropyOptions())
#> LinearCrossEntropyOptions(allow_retain_graph=False, batch_chunk_size=None, chunking_method='auto', acc_policy='auto', acc_dtype=None)
