# snippet-devices: cpu  (the CUDA run itself sets a default device, the mode this snippet demonstrates)
import torch
import torch.nn.functional as F

x = torch.tensor([1.0, 2.0, 3.0, 4.0])
y = torch.tensor([0.0, 0.0, 0.0, 0.0])
w = torch.tensor([0.5, 0.0, 2.0, 1.0])

print(F.l1_loss(x, y, weight=w), F.mse_loss(x, y, weight=w))
#> tensor(3.) tensor(9.8571)

# `with torch.device(...)` and torch.set_default_device(...) install a TorchFunctionMode.
# Under it, l1_loss silently drops `weight` (mse_loss and huber_loss keep it).
with torch.device("cpu"):
    print(F.l1_loss(x, y, weight=w), F.mse_loss(x, y, weight=w))
    #> tensor(2.5000) tensor(9.8571)
    print(F.l1_loss(x, y, weight=torch.tensor([1.0, 2.0])))  # not even the size check runs
    #> tensor(2.5000)


# The same happens with a torch.Tensor subclass, which inherits __torch_function__.
class Tagged(torch.Tensor):
    pass


print(F.l1_loss(x.as_subclass(Tagged), y, weight=w))
#> Tagged(2.5000)
