import warnings

import torch.nn as nn

layer = nn.TransformerEncoderLayer(d_model=16, nhead=2)  # batch_first=False
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    nn.TransformerEncoder(layer, num_layers=2)
print(caught[0].category.__name__)
#> UserWarning
print(caught[0].message)
#> enable_nested_tensor is True, but self.use_nested_tensor is False because encoder_layer.self_attn.batch_first was not True(use batch_first for better inference performance)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    nn.TransformerEncoder(layer, num_layers=2, enable_nested_tensor=False)  # what the warning means
print(len(caught))
#> 0
