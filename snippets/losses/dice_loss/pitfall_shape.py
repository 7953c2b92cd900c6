import torch

# A model that outputs (N, 1, H, W) logits, and masks stored as (N, H, W).
# Image 0 is predicted correctly; in image 1 the model misses the object.
logits = torch.tensor([[[[4.0, -4.0],
                         [4.0, -4.0]]],
                       [[[-4.0, -4.0],
                         [-4.0, -4.0]]]])
masks = torch.tensor([[[1.0, 0.0],
                       [1.0, 0.0]],
                      [[0.0, 1.0],
                       [0.0, 1.0]]])


def naive_dice_loss(logits, targets, smooth=1.0):
    p = torch.sigmoid(logits)
    inter = (p * targets).sum(dim=(-2, -1))
    dice = (2 * inter + smooth) / (p.sum(dim=(-2, -1)) + targets.sum(dim=(-2, -1)) + smooth)
    return 1 - dice


# No error: (2, 1, 2, 2) * (2, 2, 2) broadcasts to (2, 2, 2, 2),
# so every prediction is compared with every mask.
print(naive_dice_loss(logits, masks))
#> tensor([[0.0144, 0.7856],
#>         [0.6511, 0.6511]])
print(naive_dice_loss(logits, masks).mean())
#> tensor(0.5255)
# With matching shapes: image 0 is right, image 1 is wrong.
print(naive_dice_loss(logits, masks.unsqueeze(1)).flatten())
#> tensor([0.0144, 0.6511])
print(naive_dice_loss(logits, masks.unsqueeze(1)).mean())
#> tensor(0.3327)
