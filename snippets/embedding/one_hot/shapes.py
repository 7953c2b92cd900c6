import torch
import torch.nn.functional as F

print(F.one_hot(torch.tensor(2), 4))       # a 0-d index gives a vector
#> tensor([0, 0, 1, 0])
grid = torch.tensor([[0, 1],
                     [2, 2]])
print(F.one_hot(grid, 3).shape)            # a new last dimension
#> torch.Size([2, 2, 3])
# Segmentation masks (N, H, W) become (N, H, W, C): move the classes to dimension 1 yourself.
masks = torch.zeros(8, 5, 5, dtype=torch.long)
print(F.one_hot(masks, 3).permute(0, 3, 1, 2).shape)
#> torch.Size([8, 3, 5, 5])
print(F.one_hot(torch.tensor([], dtype=torch.long), 3).shape)  # empty input with num_classes given
#> torch.Size([0, 3])
