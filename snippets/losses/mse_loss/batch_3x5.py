import torch
import torch.nn.functional as F

# A worked example: the predictions and targets of a (3, 5) batch.
prediction = torch.tensor([[1.88, -3.17, -1.77, 0.29, 0.22],
                           [1.23, 0.60, 2.00, 2.02, 0.29],
                           [2.60, 0.32, -1.03, 0.56, 2.05]])
target = torch.tensor([[-0.1, 1.1, -0.9, -0.4, -1.5],
                       [0.1, -0.1, 0.8, 1.2, 1.9],
                       [0.7, -0.9, 0.0, -1.0, 0.8]])

squared_errors = F.mse_loss(prediction, target, reduction="none")
print(squared_errors)
#> tensor([[ 3.9204, 18.2329,  0.7569,  0.4761,  2.9584],
#>         [ 1.2769,  0.4900,  1.4400,  0.6724,  2.5921],
#>         [ 3.6100,  1.4884,  1.0609,  2.4336,  1.5625]])
print(F.mse_loss(prediction, target, reduction="sum"))
#> tensor(42.9715)
# 'mean' divides by the 15 elements, not by the batch size 3.
print(F.mse_loss(prediction, target), squared_errors.sum() / 15)
#> tensor(2.8648) tensor(2.8648)
