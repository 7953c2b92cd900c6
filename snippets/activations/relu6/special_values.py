import torch
import torch.nn.functional as F

x = torch.tensor([float("-inf"), float("nan"), float("inf")])
print(F.relu6(x))  # -inf -> 0, inf -> 6, nan stays nan
#> tensor([0., nan, 6.])
print(F.relu6(torch.tensor(7.5)), F.relu6(torch.empty(0)))  # 0-d and empty tensors
#> tensor(6.) tensor([])
# Integer tensors are accepted and keep their dtype; bool is not.
print(F.relu6(torch.tensor([-4, 2, 9])))
#> tensor([0, 2, 6])
try:
    F.relu6(torch.tensor([True]))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: Bool inputs not supported for hardtanh
