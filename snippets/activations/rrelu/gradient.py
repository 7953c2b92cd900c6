import torch
import torch.nn.functional as F

# Evaluation: the gradient is the fixed slope on x <= 0 (the kink included) and 1 above.
x = torch.tensor([-2.0, 0.0, 1.5], requires_grad=True)
F.rrelu(x, training=False).sum().backward()
print(x.grad)
#> tensor([0.2292, 0.2292, 1.0000])

# Training: each element's gradient is the slope it drew in the forward pass.
torch.manual_seed(0)
x = torch.tensor([-1.0, -1.0, -1.0, 0.0, 2.0], requires_grad=True)
out = F.rrelu(x, training=True)
out.sum().backward()
print(torch.equal(x.grad[:3], -out[:3].detach()))  # x = -1: output = -slope
#> True
print(1 / 8 <= x.grad[3].item() <= 1 / 3, x.grad[4].item())  # x = 0 also draws a slope
#> True 1.0
