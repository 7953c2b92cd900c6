import torch
import torch.nn as nn

layer = nn.TransformerEncoderLayer(d_model=64, nhead=4)  # dim_feedforward defaults to 2048
print([(name, tuple(p.shape)) for name, p in layer.named_parameters()])
#> [('self_attn.in_proj_weight', (192, 64)), ('self_attn.in_proj_bias', (192,)), ('self_attn.out_proj.weight', (64, 64)), ('self_attn.out_proj.bias', (64,)), ('linear1.weight', (2048, 64)), ('linear1.bias', (2048,)), ('linear2.weight', (64, 2048)), ('linear2.bias', (64,)), ('norm1.weight', (64,)), ('norm1.bias', (64,)), ('norm2.weight', (64,)), ('norm2.bias', (64,))]
print(sum(p.numel() for p in layer.parameters()))
#> 281152
small = nn.TransformerEncoderLayer(d_model=64, nhead=4, dim_feedforward=256)
print(sum(p.numel() for p in small.parameters()))
#> 49984

# TransformerEncoder copies the layer num_layers times: separate tensors, equal initial values.
encoder = nn.TransformerEncoder(small, num_layers=2, enable_nested_tensor=False)
first, second = encoder.layers[0].linear1.weight, encoder.layers[1].linear1.weight
print(first is second, torch.equal(first, second), encoder.layers[0] is small)
#> False True False
