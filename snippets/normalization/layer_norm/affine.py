import torch
import torch.nn as nn

# Learnable per-element weight (init 1) and bias (init 0), shaped like normalized_shape.
print([(name, tuple(p.shape)) for name, p in nn.LayerNorm([2, 3]).named_parameters()])
#> [('weight', (2, 3)), ('bias', (2, 3))]
# bias=False keeps the weight only; elementwise_affine=False has no parameters at all.
print([name for name, _ in nn.LayerNorm(3, bias=False).named_parameters()])
#> ['weight']
print(list(nn.LayerNorm(3, elementwise_affine=False).parameters()),
      list(nn.LayerNorm(3, elementwise_affine=False, bias=True).parameters()))
#> [] []

# The affine step is y = x_hat * weight + bias, element by element.
layer_norm = nn.LayerNorm(3)
with torch.no_grad():
    layer_norm.weight.copy_(torch.tensor([1.0, 2.0, -1.0]))
    layer_norm.bias.copy_(torch.tensor([0.0, 10.0, 0.5]))
x = torch.tensor([[1.0, 2.0, 3.0]])
x_hat = nn.LayerNorm(3, elementwise_affine=False)(x)
print(x_hat)
#> tensor([[-1.2247,  0.0000,  1.2247]])
print(layer_norm(x))
#> tensor([[-1.2247, 10.0000, -0.7247]], grad_fn=<NativeLayerNormBackward0>)
print(torch.allclose(layer_norm(x), x_hat * layer_norm.weight + layer_norm.bias))
#> True
