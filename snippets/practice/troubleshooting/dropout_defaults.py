import torch.nn as nn

# The defaults of torch.nn follow the usual choices: 0.5 for the classic dropout layer
# (fully connected heads), 0.1 inside Transformer blocks, 0 between stacked LSTM layers.
print(nn.Dropout().p)
#> 0.5
print(nn.TransformerEncoderLayer(d_model=16, nhead=2).dropout.p)
#> 0.1
print(nn.LSTM(8, 8, num_layers=2).dropout)
#> 0.0
