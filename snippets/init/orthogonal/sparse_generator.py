# snippet-devices: cpu  (the zero positions come from the default device's global generator)
import torch
import torch.nn as nn

# The same generator seed, but two different global seeds.
torch.manual_seed(1)
w1 = nn.init.sparse_(torch.empty(6, 4), 0.5, generator=torch.Generator().manual_seed(0))
torch.manual_seed(2)
w2 = nn.init.sparse_(torch.empty(6, 4), 0.5, generator=torch.Generator().manual_seed(0))
print(torch.equal(w1 == 0, w2 == 0))  # the zeros moved
#> False
both = (w1 != 0) & (w2 != 0)
print(torch.equal(w1[both], w2[both]))  # the values did not
#> True

torch.manual_seed(1)  # seeding the global generator too reproduces everything
w3 = nn.init.sparse_(torch.empty(6, 4), 0.5, generator=torch.Generator().manual_seed(0))
print(torch.equal(w1, w3))
#> True
