import torch
import torch.nn.functional as F
from torch.nn.attention import SDPBackend, sdpa_kernel

torch.manual_seed(0)
q, k, v = torch.randn(3, 2, 4, 8).unbind(0)
out = F.scaled_dot_product_attention(q, k, v, is_causal=True)  # PyTorch picks a kernel

with sdpa_kernel(SDPBackend.MATH):  # only the reference implementation may run here
    reference = F.scaled_dot_product_attention(q, k, v, is_causal=True)
print(torch.allclose(out, reference, atol=1e-6))
#> True

# A list allows several backends; PyTorch picks the first that supports the inputs.
with sdpa_kernel([SDPBackend.FLASH_ATTENTION, SDPBackend.EFFICIENT_ATTENTION, SDPBackend.MATH]):
    print(F.scaled_dot_product_attention(q, k, v).shape)
    #> torch.Size([2, 4, 8])
