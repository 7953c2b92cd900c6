# snippet-devices: cpu  (the message names the CPU kernel; CUDA names its own)
import torch
import torch.nn.functional as F

try:
    F.gelu(torch.tensor([1, 2]))  # integer tensors are rejected: convert with .float()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: "GeluKernelImpl" not implemented for 'Long'
