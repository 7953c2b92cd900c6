import torch
import torch.nn as nn

# 30 tanh layers of width 128: the standard deviation of the activations after layers 1, 10 and 30.
g = torch.Generator().manual_seed(0)
x = torch.randn(256, 128, generator=g, dtype=torch.float64, device="cpu")
for gain in (1.0, nn.init.calculate_gain("tanh")):
    h, stds = x, []
    for layer in range(1, 31):
        w = nn.init.xavier_normal_(torch.empty(128, 128, dtype=torch.float64, device="cpu"), gain=gain, generator=g)
        h = torch.tanh(h @ w.T)
        if layer in (1, 10, 30):
            stds.append(f"{h.std().item():.3f}")
    print(f"gain {gain:.3f}:", *stds)
    #> gain 1.000: 0.627 0.218 0.128
    #> gain 1.667: 0.759 0.642 0.657
