import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-2.0, 1.0])
y = F.rrelu(x, inplace=True)
print(x, y is x)  # the input itself was overwritten and returned
#> tensor([-0.4583,  1.0000]) True
print(nn.RReLU(inplace=True))
#> RReLU(lower=0.125, upper=0.3333333333333333, inplace=True)

# Autograd works through the in-place form in training mode (the drawn slopes are stored).
torch.manual_seed(0)
w = torch.tensor([-1.0, 2.0], requires_grad=True)
h = w * 1
F.rrelu(h, training=True, inplace=True).sum().backward()
print(torch.equal(w.grad[0], -h[0].detach()), w.grad[1].item())
#> True 1.0

# In evaluation mode the in-place form is an in-place leaky_relu: a negative slope breaks backward.
w.grad = None
y = F.rrelu(w * 1, -0.5, -0.5, training=False, inplace=True)
try:
    y.sum().backward()
except RuntimeError as error:
    print(f"RuntimeError: {str(error)[:70]}...")
    #> RuntimeError: In-place leakyReLu backward calculation is triggered with a negative s...
