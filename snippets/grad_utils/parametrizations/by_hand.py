import torch
import torch.nn as nn
from torch.nn.utils.parametrizations import spectral_norm, weight_norm

torch.manual_seed(0)
# weight_norm: w = g * v / ||v||, the norm of v over every dimension but dim (0 here: per row).
layer = weight_norm(nn.Linear(4, 3))
g, v = layer.parametrizations.weight.original0, layer.parametrizations.weight.original1
print(torch.allclose(layer.weight, g * v / v.norm(dim=1, keepdim=True)))
#> True

# spectral_norm: W / sigma with sigma = u^T W v from the stored power-iteration vectors.
layer = spectral_norm(nn.Linear(4, 3)).eval()  # eval: no new iteration while reading the weight
W = layer.parametrizations.weight.original
u, v = layer.parametrizations.weight[0]._u, layer.parametrizations.weight[0]._v
sigma = u @ W @ v
print(torch.allclose(layer.weight, W / sigma))
#> True
# One power-iteration step by hand: u <- W v / ||W v||, v <- W^T u / ||W^T u||.
u_next = W @ v / (W @ v).norm()
v_next = W.T @ u_next / (W.T @ u_next).norm()
layer.train()
layer.weight  # training mode: the layer runs the same step
print(torch.allclose(u_next, layer.parametrizations.weight[0]._u, atol=1e-6),
      torch.allclose(v_next, layer.parametrizations.weight[0]._v, atol=1e-6))
#> True True
