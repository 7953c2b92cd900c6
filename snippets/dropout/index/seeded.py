import torch
import torch.nn.functional as F

x = torch.ones(4, 8)
# The same seed on the same device gives the same mask ...
torch.manual_seed(0)
first = F.dropout(x, p=0.5)
torch.manual_seed(0)
print(torch.equal(first, F.dropout(x, p=0.5)))
#> True
# ... and without reseeding, the generator has moved on: the next call draws a new mask.
print(torch.equal(first, F.dropout(x, p=0.5)))
#> False
