import torch
import torch.nn as nn
import torch.nn.functional as F

# Six values drawn from a standard normal distribution, written out as literals.
x = torch.tensor([1.6605, 0.4354, -1.0361, -0.8184, 0.8769, -0.1402])
print(nn.ELU()(x))
#> tensor([ 1.6605,  0.4354, -0.6452, -0.5589,  0.8769, -0.1308])
# A smaller alpha scales only the negative side.
print(F.elu(x, alpha=0.5))
#> tensor([ 1.6605,  0.4354, -0.3226, -0.2794,  0.8769, -0.0654])
