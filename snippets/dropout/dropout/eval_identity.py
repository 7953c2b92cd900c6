import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([1.0, 2.0, 3.0])
m = nn.Dropout(p=0.5).eval()
# In evaluation mode (and for p=0) the input tensor itself is returned, not a copy.
print(m(x) is x, F.dropout(x, p=0.5, training=False) is x, F.dropout(x, p=0.0) is x)
#> True True True
# train() and eval() only flip the `training` flag that forward passes to F.dropout.
print(m.training, m.train().training)
#> False True
