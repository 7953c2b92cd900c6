import torch
import torch.nn.functional as F

labels = torch.tensor([1, 0, 1])
print(F.one_hot(labels).shape)             # num_classes=-1: max + 1 = 2 columns
#> torch.Size([3, 2])
print(F.one_hot(labels, num_classes=4).shape)
#> torch.Size([3, 4])

# The inferred width depends on the batch: a batch without class 3 gets fewer columns.
print(F.one_hot(torch.tensor([0, 3])).shape, F.one_hot(torch.tensor([0, 1])).shape)
#> torch.Size([2, 4]) torch.Size([2, 2])
