# snippet-devices: cpu  (the message names the CPU kernel; CUDA names its own)
import torch
import torch.nn.functional as F

try:
    F.leaky_relu(torch.tensor([-2, 3]))  # integer tensors are rejected (relu accepts them)
except NotImplementedError as error:
    print(f"NotImplementedError: {error}")
    #> NotImplementedError: "leaky_relu_cpu" not implemented for 'Long'
