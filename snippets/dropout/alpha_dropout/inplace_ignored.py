import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(1000)
before = x.clone()
# nn.AlphaDropout accepts inplace=True but its forward never passes it on.
y = nn.AlphaDropout(p=0.5, inplace=True)(x)
print(y is x, torch.equal(x, before))
#> False True
x4 = torch.randn(2, 8, 3)
before4 = x4.clone()
nn.FeatureAlphaDropout(p=0.5, inplace=True)(x4)
print(torch.equal(x4, before4))
#> True
# The functional form does honour it.
y = F.alpha_dropout(x, p=0.5, training=True, inplace=True)
print(y is x, torch.equal(x, before))
#> True False
