import torch.nn as nn
import torch.nn.functional as F

print(nn.TransformerEncoderLayer(8, 2).activation.__name__)                     # the default, F.relu
#> relu
print(nn.TransformerEncoderLayer(8, 2, activation="gelu").activation.__name__)  # by name: "relu" or "gelu"
#> gelu
print(nn.TransformerEncoderLayer(8, 2, activation=F.silu).activation.__name__)  # or any callable
#> silu
try:
    nn.TransformerEncoderLayer(8, 2, activation="tanh")
except RuntimeError as error:
    print(error)
    #> activation should be relu/gelu, not tanh
