import torch
import torch.nn as nn

torch.manual_seed(0)
w = nn.init.sparse_(torch.empty(1000, 100), sparsity=0.9, std=0.01)
zeros_per_column = (w == 0).sum(dim=0)
print(zeros_per_column.unique(), round(w[w != 0].std().item(), 3))  # ceil(0.9 * 1000) zeros in every column
#> tensor([900]) 0.01

w = nn.init.sparse_(torch.empty(7, 4), sparsity=0.5)
print((w == 0).sum(dim=0))  # ceil(0.5 * 7) = 4 zeros in each column of 7
#> tensor([4, 4, 4, 4])
