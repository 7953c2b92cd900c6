import torch

# Hard 0/1 prediction and target on a 3x3 image.
pred = torch.tensor([[1.0, 1.0, 0.0],
                     [1.0, 1.0, 0.0],
                     [0.0, 0.0, 0.0]])
target = torch.tensor([[1.0, 1.0, 0.0],
                       [1.0, 0.0, 0.0],
                       [1.0, 0.0, 0.0]])

tp = (pred * target).sum().item()
fp = (pred * (1 - target)).sum().item()
fn = ((1 - pred) * target).sum().item()
print(tp, fp, fn)
#> 3.0 1.0 1.0

dice = 2 * (pred * target).sum() / (pred.sum() + target.sum())  # smooth = 0
print(dice, 2 * tp / (2 * tp + fp + fn))  # Dice = F1 score
#> tensor(0.7500) 0.75
iou = (pred * target).sum() / ((pred + target) > 0).sum()
print(iou, dice / (2 - dice))  # IoU = Dice / (2 - Dice)
#> tensor(0.6000) tensor(0.6000)
print(tp / (tp + fp + fn))  # IoU = TP / (TP + FP + FN)
#> 0.6
