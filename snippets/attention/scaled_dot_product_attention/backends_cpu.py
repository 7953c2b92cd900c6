# snippet-devices: cpu  (on a GPU the memory-efficient kernel exists)
import torch
import torch.nn.functional as F
from torch.nn.attention import SDPBackend, sdpa_kernel

q = k = v = torch.zeros(1, 1, 4, 8)
with sdpa_kernel(SDPBackend.EFFICIENT_ATTENTION):  # not implemented on the CPU
    try:
        F.scaled_dot_product_attention(q, k, v)
    except RuntimeError as error:
        print(str(error).split(".")[0])
        #> No viable backend for scaled_dot_product_attention was found
