# snippet-devices: cpu  (the CPU message; CUDA may report it from another kernel)
import torch
import torch.nn.functional as F

try:
    F.rms_norm(torch.tensor([[1, 2, 3]]), [3])  # integer tensors are rejected: convert with .float()
except NotImplementedError as error:
    print(f"NotImplementedError: {error}")
    #> NotImplementedError: "rms_norm" not implemented for 'Long'
