# snippet-devices: cpu  (the message names the CPU kernel; CUDA names its own)
import torch
import torch.nn.functional as F

try:
    F.gelu(torch.tensor([1, 2]))  # integer tensors are rejected: convert with .float()
except NotImplementedError as error:
    print(f"{type(error).__name__}: {error}")
    #> NotImplementedError: "GeluKernelImpl" not implemented for 'Long'
print(F.gelu(torch.tensor([1, 2]).float()))
#> tensor([0.8413, 1.9545])
