import torch
import torch.nn as nn

x = torch.tensor([0.0759, 1.0663, -1.4585, -0.3561, 0.4026, -0.4737])
m = nn.PReLU()  # one learnable slope a, initialised to 0.25
print(m(x))
#> tensor([ 0.0759,  1.0663, -0.3646, -0.0890,  0.4026, -0.1184],
#>        grad_fn=<PreluKernelBackward0>)
print(m)
#> PReLU(num_parameters=1)
print(m.weight)
#> Parameter containing:
#> tensor([0.2500], requires_grad=True)
