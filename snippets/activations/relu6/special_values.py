import torch
import torch.nn.functional as F

x = torch.tensor([float("-inf"), float("nan"), float("inf")], requires_grad=True)
y = F.relu6(x)
y.sum().backward()
print(y.detach(), x.grad)  # nan passes through, with gradient 1 in this small tensor
#> tensor([0., nan, 6.]) tensor([0., 1., 0.])

print(F.relu6(torch.tensor(7.5)), F.relu6(torch.empty(0)))
#> tensor(6.) tensor([])
# Integer tensors are accepted and keep their dtype; bool is not.
print(F.relu6(torch.tensor([-4, 2, 9])))
#> tensor([0, 2, 6])
try:
    F.relu6(torch.tensor([True]))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: Bool inputs not supported for hardtanh
