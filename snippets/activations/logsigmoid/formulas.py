import torch
import torch.nn.functional as F

x = torch.linspace(-20, 20, 401, dtype=torch.float64, requires_grad=True)
y = F.logsigmoid(x)

# The definition log(sigmoid(x)): fine in float64 on this range.
print(torch.allclose(y, torch.log(torch.sigmoid(x))))
#> True
# The stable form min(x, 0) - log(1 + exp(-|x|)), and -softplus(-x).
print(torch.allclose(y, x.clamp(max=0) - torch.log1p(torch.exp(-x.abs()))), torch.allclose(y, -F.softplus(-x)))
#> True True
# The derivative is 1 - sigmoid(x) = sigmoid(-x).
y.sum().backward()
print(torch.allclose(x.grad, torch.sigmoid(-x)))
#> True
