import torch
import torch.nn.functional as F

x = torch.tensor([1.0, -2.0, 3.0, 0.0, 2.0, -1.0], requires_grad=True)
F.glu(x).sum().backward()
a, b = x.detach()[:3], x.detach()[3:]
s = torch.sigmoid(b)
print(x.grad)
#> tensor([ 0.5000,  0.8808,  0.2689,  0.2500, -0.2100,  0.5898])
# d/da = sigmoid(b); d/db = a * sigmoid(b) * (1 - sigmoid(b))
print(torch.allclose(x.grad, torch.cat([s, a * s * (1 - s)])))
#> True
