# snippet-devices: cpu  (the message names the CPU kernel; CUDA names its own)
import torch
import torch.nn.functional as F

try:
    F.layer_norm(torch.tensor([[1, 2, 3]]), [3])  # integer tensors are rejected: convert with .float()
except NotImplementedError as error:
    print(f"NotImplementedError: {error}")
    #> NotImplementedError: "LayerNormKernelImpl" not implemented for 'Long'
