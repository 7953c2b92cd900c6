import torch
import torch.nn as nn

torch.manual_seed(0)
asm = nn.AdaptiveLogSoftmaxWithLoss(in_features=8, n_classes=10, cutoffs=[3, 6], div_value=2.0)
x = torch.randn(4, 8)
y = torch.tensor([1, 5, 8, 0])

with torch.no_grad():
    out = asm(x, y)
# There is no reduction argument: loss is always the mean over the batch.
print(torch.allclose(out.loss, -out.output.mean()))
#> True
# 'none' and 'sum' are built from output.
per_sample = -out.output
print(per_sample.shape, torch.allclose(per_sample.sum(), out.loss * 4))
#> torch.Size([4]) True

# There is no ignore_index either: padding must be removed before the call.
padded = torch.tensor([1, 5, -100, 0])
keep = padded != -100
with torch.no_grad():
    masked = asm(x[keep], padded[keep])
print(masked.output.shape, torch.allclose(masked.loss, -out.output[keep].mean()))
#> torch.Size([3]) True
