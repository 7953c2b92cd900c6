import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-1.0, 0.5, 12.0])
print(nn.Softplus(), nn.Softplus(beta=2, threshold=10))
#> Softplus(beta=1.0, threshold=20.0) Softplus(beta=2, threshold=10)
# beta and threshold may be passed by position in F.softplus.
print(torch.equal(nn.Softplus(beta=2, threshold=10)(x), F.softplus(x, 2, 10)))
#> True

# No inplace argument.
try:
    nn.Softplus(inplace=True)
except TypeError as error:
    print(f"TypeError: {error}")
    #> TypeError: Softplus.__init__() got an unexpected keyword argument 'inplace'
