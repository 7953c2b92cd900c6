import torch
import torch.nn.functional as F

torch.manual_seed(0)
hidden = torch.randn(2, 3, 4)            # (batch, sequence, in_features) from a transformer
labels = torch.tensor([[0, 1, 2], [2, 1, 0]])
W = torch.randn(3, 4)

# input must be 1-D or 2-D: the extra dimensions of the K-dim loss come from linear_weight.
try:
    F.linear_cross_entropy(hidden, W, labels)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: expected input with dimensionality 1 or 2, got 3
# Flatten batch and sequence into rows.
flat = F.linear_cross_entropy(hidden.flatten(0, 1), W, labels.flatten())
print(torch.allclose(flat, F.cross_entropy(F.linear(hidden, W).transpose(1, 2), labels)))
#> True
