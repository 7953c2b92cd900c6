import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(1_000_000)  # zero mean, unit variance
for module in (nn.Dropout(0.5), nn.AlphaDropout(0.5)):
    y = module(x)  # training mode
    print(f"{type(module).__name__:12} mean {y.mean():.1f}  std {y.std():.1f}")
    #> Dropout      mean -0.0  std 1.4
    #> AlphaDropout mean -0.0  std 1.0
