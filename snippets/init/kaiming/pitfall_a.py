import torch
import torch.nn as nn

# a is the slope of a leaky ReLU: with nonlinearity="relu" it is ignored.
w1 = nn.init.kaiming_normal_(torch.empty(3, 4, device="cpu"), a=0.2, nonlinearity="relu",
                             generator=torch.Generator().manual_seed(0))
w2 = nn.init.kaiming_normal_(torch.empty(3, 4, device="cpu"), nonlinearity="relu",
                             generator=torch.Generator().manual_seed(0))
print(torch.equal(w1, w2))
#> True
# For LeakyReLU(0.2), pass both: the gain is sqrt(2 / (1 + 0.2 ** 2)).
print(round(nn.init.calculate_gain("leaky_relu", 0.2), 4))
#> 1.3868
