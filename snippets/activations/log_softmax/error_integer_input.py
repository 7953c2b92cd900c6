# snippet-devices: cpu  (the message names the CPU kernel; CUDA names its own)
import torch
import torch.nn.functional as F

try:
    F.log_softmax(torch.tensor([1, 2, 3]), dim=0)  # convert with .float() or pass dtype=
except NotImplementedError as error:
    print(f"{type(error).__name__}: {error}")
    #> NotImplementedError: "log_softmax_lastdim_kernel_impl" not implemented for 'Long'
