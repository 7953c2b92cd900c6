import torch
import torch.nn.functional as F

x = torch.tensor([float("-inf"), -1.0, float("nan"), 1.0, float("inf")], requires_grad=True)
y = F.relu(x)
print(y.detach())  # nan stays nan
#> tensor([0., 0., nan, 1., inf])
y.sum().backward()
print(x.grad)  # nan is not <= 0, so its gradient passes through: 1
#> tensor([0., 0., 1., 1., 1.])

print(F.relu(torch.tensor(-2.0)), F.relu(torch.tensor(3.0)))  # 0-d in, 0-d out
#> tensor(0.) tensor(3.)
print(F.relu(torch.empty(2, 0)).shape)
#> torch.Size([2, 0])
