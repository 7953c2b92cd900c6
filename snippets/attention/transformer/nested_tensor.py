import torch
import torch.nn as nn

torch.manual_seed(0)
layer = nn.TransformerEncoderLayer(16, 2, dim_feedforward=32, dropout=0.0, batch_first=True)
encoder = nn.TransformerEncoder(layer, num_layers=2)  # enable_nested_tensor=True by default
x = torch.randn(2, 4, 16)
padding = torch.tensor([[False, False, False, False],
                        [False, False, True, True]])

training = encoder(x, src_key_padding_mask=padding)
encoder.eval()
with torch.no_grad():  # evaluation without autograd: the padded positions are dropped
    inference = encoder(x, src_key_padding_mask=padding)
print(inference[1, 2:].abs().sum().item())   # zeros at the padded positions
#> 0.0
print(training[1, 2:].abs().sum().item() > 0)  # training mode computes something there
#> True
print(torch.allclose(inference[~padding], training[~padding], atol=1e-5))  # the real positions agree
#> True
