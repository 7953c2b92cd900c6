import torch
import torch.nn.functional as F

x = torch.tensor([-3.0, 0.0, 2.5, 6.0, 9.0])
print(torch.equal(F.relu6(x), F.hardtanh(x, 0.0, 6.0)))
#> True
print(torch.equal(F.relu6(x), x.clamp(0, 6)))
#> True
print(torch.equal(F.relu6(x), torch.minimum(F.relu(x), torch.tensor(6.0))))
#> True
# Another cap: there is no argument for it, use hardtanh or clamp.
print(F.hardtanh(x, 0.0, 1.0))
#> tensor([0., 0., 1., 1., 1.])
