import torch
import torch.nn.functional as F

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = torch.tensor([1.0, 2.0])  # a perfect fit

# RMSE as sqrt(MSE): d sqrt(u)/du is infinite at u = 0, times a zero gradient -> nan.
torch.sqrt(F.mse_loss(x, y)).backward()
print(x.grad)
#> tensor([nan, nan])

x.grad = None
torch.sqrt(F.mse_loss(x, y) + 1e-8).backward()
print(x.grad)
#> tensor([0., 0.])

# There is no built-in RMSE loss module.
print(hasattr(torch.nn, "RMSELoss"))
#> False
