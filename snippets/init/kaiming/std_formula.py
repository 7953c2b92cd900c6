import math

import torch
import torch.nn as nn

# A Conv2d(64, 128, 3) weight: fan_in = 64 * 9 = 576, fan_out = 128 * 9 = 1152.
g = torch.Generator().manual_seed(0)
for kwargs in [dict(nonlinearity="relu"), dict(nonlinearity="relu", mode="fan_out"),
               dict(nonlinearity="leaky_relu", a=0.2), dict(nonlinearity="tanh"), dict(nonlinearity="linear")]:
    w = nn.init.kaiming_normal_(torch.empty(128, 64, 3, 3, device="cpu"), generator=g, **kwargs)
    gain = nn.init.calculate_gain(kwargs["nonlinearity"], kwargs.get("a", 0))
    fan = 1152 if kwargs.get("mode") == "fan_out" else 576
    print(f"{str(kwargs):50} gain {gain:.4f}  std {gain / math.sqrt(fan):.4f}  measured {w.std():.4f}")
    #> {'nonlinearity': 'relu'}                           gain 1.4142  std 0.0589  measured 0.0589
    #> {'nonlinearity': 'relu', 'mode': 'fan_out'}        gain 1.4142  std 0.0417  measured 0.0417
    #> {'nonlinearity': 'leaky_relu', 'a': 0.2}           gain 1.3868  std 0.0578  measured 0.0579
    #> {'nonlinearity': 'tanh'}                           gain 1.6667  std 0.0694  measured 0.0694
    #> {'nonlinearity': 'linear'}                         gain 1.0000  std 0.0417  measured 0.0416
