import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
asm = nn.AdaptiveLogSoftmaxWithLoss(in_features=8, n_classes=10, cutoffs=[3, 6], div_value=2.0)
x = torch.randn(5, 8)
y = torch.tensor([0, 2, 4, 7, 9])

with torch.no_grad():
    # The loss is NLLLoss on the full log-probabilities (which forward() never builds).
    print(torch.allclose(asm(x, y).loss, F.nll_loss(asm.log_prob(x), y)))
    #> True
