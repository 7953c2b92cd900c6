import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
layer_norm = nn.LayerNorm(5, eps=1e-6)
with torch.no_grad():
    layer_norm.weight.uniform_(0.5, 1.5)
    layer_norm.bias.uniform_(-1.0, 1.0)
x = torch.randn(3, 5)
print(layer_norm.normalized_shape)
#> (5,)
print(torch.equal(layer_norm(x), F.layer_norm(x, layer_norm.normalized_shape,
                                             layer_norm.weight, layer_norm.bias, layer_norm.eps)))
#> True
# Every sample is normalized on its own: alone or in a batch, the same output.
print(torch.allclose(layer_norm(x[:1]), layer_norm(x)[:1]))
#> True
# No running statistics: eval() changes nothing, and there are no buffers.
train_out = layer_norm(x)
layer_norm.eval()
print(torch.equal(layer_norm(x), train_out), list(layer_norm.buffers()))
#> True []
