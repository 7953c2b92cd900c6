import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-1.0, 0.5, 2.0])
print(nn.LogSigmoid(), torch.equal(nn.LogSigmoid()(x), F.logsigmoid(x)))
#> LogSigmoid() True

# No inplace argument.
try:
    nn.LogSigmoid(inplace=True)
except TypeError as error:
    print(f"TypeError: {error}")
    #> TypeError: LogSigmoid.__init__() got an unexpected keyword argument 'inplace'

# The binary cross-entropy on logits is built from it:
# -(t * logsigmoid(z) + (1 - t) * logsigmoid(-z)).
z = torch.tensor([-2.0, 0.5, 3.0])
t = torch.tensor([0.0, 1.0, 1.0])
by_hand = -(t * F.logsigmoid(z) + (1 - t) * F.logsigmoid(-z)).mean()
print(by_hand, F.binary_cross_entropy_with_logits(z, t))
#> tensor(0.2165) tensor(0.2165)
