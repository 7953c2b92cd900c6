import torch
import torch.nn as nn

# Two samples with four features each; the second row is the first one times 2.
x = torch.tensor([[1.0, 2.0, 3.0, 4.0],
                  [2.0, 4.0, 6.0, 8.0]])
layer_norm = nn.LayerNorm(4)
print(layer_norm)
#> LayerNorm((4,), eps=1e-05, elementwise_affine=True, bias=True)
y = layer_norm(x)
print(y)
#> tensor([[-1.3416, -0.4472,  0.4472,  1.3416],
#>         [-1.3416, -0.4472,  0.4472,  1.3416]],
#>        grad_fn=<NativeLayerNormBackward0>)
# Every row now has mean 0 and (biased) variance close to 1.
print(y.mean(dim=-1).abs().max().item() < 1e-6)
#> True
print(y.var(dim=-1, correction=0))
#> tensor([1.0000, 1.0000], grad_fn=<VarBackward0>)
