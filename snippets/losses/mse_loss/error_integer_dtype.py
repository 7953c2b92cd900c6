# snippet-devices: cpu  (the message names the CPU kernel; CUDA names "mse_cuda")
import torch
import torch.nn.functional as F

# Integer tensors, as built from plain int lists.
output = torch.tensor([1, 2, 0, 0, 0])
target = torch.tensor([1, 0, 0, 1, 0])
try:
    F.mse_loss(output, target)
except NotImplementedError as error:
    print(f"{type(error).__name__}: {error}")
    #> NotImplementedError: "mse_cpu" not implemented for 'Long'
print(F.mse_loss(output.float(), target.float()))
#> tensor(1.)
