import torch
import torch.nn as nn

torch.manual_seed(0)
# Inputs of ones, 64 samples x 16 channels, each module with p = 0.5 in training mode (a new module's default).
cases = [
    (nn.Dropout(0.5), torch.ones(64, 16, 8)),
    (nn.Dropout1d(0.5), torch.ones(64, 16, 8)),
    (nn.Dropout2d(0.5), torch.ones(64, 16, 2, 4)),
    (nn.Dropout3d(0.5), torch.ones(64, 16, 2, 2, 2)),
    (nn.AlphaDropout(0.5), torch.ones(64, 16, 8)),
    (nn.FeatureAlphaDropout(0.5), torch.ones(64, 16, 8)),
]
for module, x in cases:
    y = module(x).flatten(2)  # one row per (sample, channel)
    values = [round(v, 4) for v in y.unique().tolist()]
    whole = bool((y == y[..., :1]).all())  # is every channel constant, kept or dropped as a whole?
    print(f"{type(module).__name__:19} values {values}  whole channels: {whole}")
    #> Dropout             values [0.0, 2.0]  whole channels: False
    #> Dropout1d           values [0.0, 2.0]  whole channels: True
    #> Dropout2d           values [0.0, 2.0]  whole channels: True
    #> Dropout3d           values [0.0, 2.0]  whole channels: True
    #> AlphaDropout        values [-0.7792, 1.6656]  whole channels: False
    #> FeatureAlphaDropout values [-0.7792, 1.6656]  whole channels: True
