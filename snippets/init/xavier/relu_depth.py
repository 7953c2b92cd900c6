import torch
import torch.nn as nn

# 20 ReLU layers of width 128: the standard deviation of the activations after layers 1, 10 and 20.
g = torch.Generator().manual_seed(0)
x = torch.randn(256, 128, generator=g, dtype=torch.float64, device="cpu")
for gain in (1.0, nn.init.calculate_gain("relu")):
    h, stds = x, []
    for layer in range(1, 21):
        w = nn.init.xavier_normal_(torch.empty(128, 128, dtype=torch.float64, device="cpu"), gain=gain, generator=g)
        h = torch.relu(h @ w.T)
        if layer in (1, 10, 20):
            stds.append(f"{h.std().item():#.3g}")
    print(f"gain {gain:.3f}:", *stds)
    #> gain 1.000: 0.588 0.0207 0.000630
    #> gain 1.414: 0.830 0.660 0.649
