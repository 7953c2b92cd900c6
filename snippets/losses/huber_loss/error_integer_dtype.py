# snippet-devices: cpu  (the message names the CPU kernel; CUDA names "huber_cuda")
import torch
import torch.nn.functional as F

try:
    F.huber_loss(torch.tensor([1, 2, 3]), torch.tensor([1, 0, 3]))
except NotImplementedError as error:
    print(f"{type(error).__name__}: {error}")
    #> NotImplementedError: "huber_cpu" not implemented for 'Long'
