import torch
import torch.nn as nn

# A transposed view is filled in memory order: the numbers of the untransposed tensor, transposed.
w = torch.empty(3, 4, device="cpu")
nn.init.uniform_(w.T, generator=torch.Generator().manual_seed(0))
u = torch.rand(3, 4, generator=torch.Generator().manual_seed(0), device="cpu")
fresh = torch.rand(4, 3, generator=torch.Generator().manual_seed(0), device="cpu")  # a new tensor of w.T's shape
print(torch.equal(w.T, u.T), torch.equal(w.T, fresh))
#> True False
