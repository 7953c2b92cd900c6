import torch
import torch.nn as nn

torch.manual_seed(0)
m = nn.Bilinear(20, 30, 40)
print(m.weight.shape)
#> torch.Size([40, 20, 30])
# The two inputs must have identical leading dimensions; only the last ones differ.
for lead in [(), (128,), (2, 5)]:
    y = m(torch.randn(*lead, 20), torch.randn(*lead, 30))
    print(lead, "->", tuple(y.shape))
    #> () -> (40,)
    #> (128,) -> (128, 40)
    #> (2, 5) -> (2, 5, 40)
