import torch
import torch.nn.functional as F

x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0], requires_grad=True)
F.softsign(x).sum().backward()
# 1 at 0 although |x| has a kink there: the |x| terms cancel (autograd takes sign(0) = 0).
print(x.grad)
#> tensor([0.0625, 0.2500, 1.0000, 0.2500, 0.0625])

# Heavy tails: at x = 10 the gradient is 1/121, about a million times that of tanh.
ten = torch.tensor(10.0, dtype=torch.float64, requires_grad=True)
F.softsign(ten).backward()
soft = ten.grad.clone()
ten.grad = None
torch.tanh(ten).backward()
print(soft, ten.grad)
#> tensor(0.0083, dtype=torch.float64) tensor(8.2446e-09, dtype=torch.float64)
