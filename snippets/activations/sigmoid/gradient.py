import torch

x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0], requires_grad=True)
torch.sigmoid(x).sum().backward()
# Largest at 0, where it is 1/4.
print(x.grad)
#> tensor([0.0452, 0.1966, 0.2500, 0.1966, 0.0452])

# The gradient vanishes for large |x|: about 4.5e-05 at 10; in float32 sigmoid(20) rounds to 1,
# so its gradient is exactly 0.
far = torch.tensor([5.0, 10.0, 20.0], requires_grad=True)
torch.sigmoid(far).sum().backward()
print(far.grad)
#> tensor([6.6480e-03, 4.5417e-05, 0.0000e+00])
print(torch.sigmoid(torch.tensor([16.0, 17.0])) == 1)
#> tensor([False,  True])
