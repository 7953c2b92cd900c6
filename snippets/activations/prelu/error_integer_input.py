# snippet-devices: cpu  (the message names the CPU kernel; CUDA names its own)
import torch
import torch.nn.functional as F

try:
    F.prelu(torch.tensor([-2, 3]), torch.tensor([1]))
except NotImplementedError as error:
    print(f"NotImplementedError: {error}")
    #> NotImplementedError: "prelu_cpu" not implemented for 'Long'
