# snippet-devices: cpu  (the message names the CPU kernel; CUDA names its own)
import torch
import torch.nn.functional as F

try:
    F.logsigmoid(torch.tensor([1, 2]))  # integer tensors are rejected: convert with .float()
except NotImplementedError as error:
    print(f"NotImplementedError: {error}")
    #> NotImplementedError: "log_sigmoid_cpu" not implemented for 'Long'
