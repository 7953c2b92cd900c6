# snippet-devices: cpu  (the message names the CPU kernel; CUDA names "smooth_l1_cuda")
import torch
import torch.nn.functional as F

try:
    F.smooth_l1_loss(torch.tensor([1, 2, 3]), torch.tensor([1, 0, 3]))
except NotImplementedError as error:
    print(f"{type(error).__name__}: {error}")
    #> NotImplementedError: "smooth_l1_cpu" not implemented for 'Long'
