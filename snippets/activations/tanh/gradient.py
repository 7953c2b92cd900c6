import torch

x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0], requires_grad=True)
torch.tanh(x).sum().backward()
# 1 at 0, the largest slope.
print(x.grad)
#> tensor([0.0099, 0.4200, 1.0000, 0.4200, 0.0099])
# sigmoid's largest slope, also at 0, is a quarter of that.
zero = torch.tensor(0.0, requires_grad=True)
torch.sigmoid(zero).backward()
print(zero.grad)
#> tensor(0.2500)

# In float32 tanh(10) rounds to exactly 1, so its gradient 1 - tanh^2 is exactly 0.
print(torch.tanh(torch.tensor([8.0, 10.0])) == 1)
#> tensor([False,  True])
far = torch.tensor([5.0, 10.0], requires_grad=True)
torch.tanh(far).sum().backward()
print(far.grad, far.grad == 0)
#> tensor([0.0002, 0.0000]) tensor([False,  True])
