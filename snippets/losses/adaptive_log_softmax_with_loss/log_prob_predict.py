import torch
import torch.nn as nn

torch.manual_seed(0)
asm = nn.AdaptiveLogSoftmaxWithLoss(in_features=8, n_classes=10, cutoffs=[3, 6], div_value=2.0)
x = torch.randn(5, 8)
y = torch.tensor([0, 2, 4, 7, 9])

with torch.no_grad():
    full = asm.log_prob(x)          # log-probabilities of all n_classes
    result = asm(x, y)
print(full.shape)
#> torch.Size([5, 10])
# Each row is a proper distribution over the 10 classes.
print(torch.allclose(full.exp().sum(dim=1), torch.ones(5)))
#> True
# forward() returns exactly the entries of log_prob() at the targets.
print(torch.allclose(result.output, full.gather(1, y.unsqueeze(1)).squeeze(1)))
#> True
# predict() is the most probable class, without computing every tail when it can avoid it.
print(torch.equal(asm.predict(x), full.argmax(dim=1)), asm.predict(x).shape)
#> True torch.Size([5])
