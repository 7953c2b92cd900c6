import torch
import torch.nn.functional as F

x = torch.tensor([[1.0, 2.0, 4.0, 9.0]], dtype=torch.float64)
eps = 1e-5

# RMSNorm is LayerNorm without the mean subtraction: on a centered row they agree ...
centered = x - x.mean(dim=-1, keepdim=True)
print(torch.allclose(F.rms_norm(centered, [4], eps=eps), F.layer_norm(centered, [4], eps=eps)))
#> True
# ... and on a row with a non-zero mean they do not.
print(F.rms_norm(x, [4], eps=eps))
#> tensor([[0.1980, 0.3961, 0.7921, 1.7823]], dtype=torch.float64)
print(F.layer_norm(x, [4], eps=eps))
#> tensor([[-0.9733, -0.6489,  0.0000,  1.6222]], dtype=torch.float64)
# A constant offset survives RMSNorm: a constant row maps to +-1 (LayerNorm gives 0).
print(F.rms_norm(torch.tensor([[3.0, 3.0, 3.0]]), [3]), F.rms_norm(torch.tensor([[-3.0, -3.0, -3.0]]), [3]))
#> tensor([[1., 1., 1.]]) tensor([[-1., -1., -1.]])
