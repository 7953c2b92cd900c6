import torch
import torch.nn.functional as F

# Segmentation logits (N=1, C=2, H=2, W=2), every target positive, every logit 0.
logits = torch.zeros(1, 2, 2, 2)
target = torch.ones(1, 2, 2, 2)
pos_weight = torch.tensor([1.0, 5.0])  # meant: class 1 counts 5 times

# Shape (2,) broadcasts along the LAST dimension (W), not along C: no error, wrong weighting.
print(F.binary_cross_entropy_with_logits(logits, target, pos_weight=pos_weight, reduction="none"))
#> tensor([[[[0.6931, 3.4657],
#>           [0.6931, 3.4657]],
#>
#>          [[0.6931, 3.4657],
#>           [0.6931, 3.4657]]]])
# Give it shape (C, 1, 1) so it lines up with dimension 1.
print(F.binary_cross_entropy_with_logits(logits, target, pos_weight=pos_weight.reshape(2, 1, 1),
                                         reduction="none"))
#> tensor([[[[0.6931, 0.6931],
#>           [0.6931, 0.6931]],
#>
#>          [[3.4657, 3.4657],
#>           [3.4657, 3.4657]]]])
