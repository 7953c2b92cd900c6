# snippet-devices: cpu  (the message names the CPU kernel; CUDA names its own)
import torch
import torch.nn.functional as F

try:
    F.hardswish(torch.tensor([-3, 0, 3]))  # integer tensors are rejected: convert with .float()
except NotImplementedError as error:
    print(f"NotImplementedError: {error}")
    #> NotImplementedError: "hardswish_cpu" not implemented for 'Long'
