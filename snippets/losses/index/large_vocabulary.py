import torch
import torch.nn as nn
import torch.nn.functional as F

# Both losses take HIDDEN FEATURES (N, D), not logits, and own or receive the output layer.
hidden = torch.tensor([[0.5, -1.0, 2.0],
                       [1.5, 0.5, -0.5]])   # (N=2, D=3)
target = torch.tensor([4, 0])               # (N=2), int64 class indices
W = torch.tensor([[0.2, -0.1, 0.4],
                  [0.0, 0.3, 0.5],
                  [0.1, 0.1, 0.1],
                  [-0.3, 0.2, 0.0],
                  [0.5, 0.0, -0.1]])        # (C=5, D=3) output-layer weight
print(hidden.shape, W.shape, target.dtype)
#> torch.Size([2, 3]) torch.Size([5, 3]) torch.int64
print(F.linear_cross_entropy(hidden, W, target), F.cross_entropy(hidden @ W.T, target))
#> tensor(1.8672) tensor(1.8672)

# Adaptive softmax: shortlist {0, 1}, one tail cluster {2, 3, 4}; weights set for reproducibility.
asm = nn.AdaptiveLogSoftmaxWithLoss(in_features=3, n_classes=5, cutoffs=[2], div_value=2.0)
with torch.no_grad():
    for p in asm.parameters():
        p.copy_(torch.linspace(-1.0, 1.0, p.numel()).reshape(p.shape))
    result = asm(hidden, target)
print(result.output.shape, result.loss)
#> torch.Size([2]) tensor(1.6034)
