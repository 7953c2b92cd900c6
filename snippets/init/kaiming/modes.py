import torch
import torch.nn as nn

# Four ReLU layers whose widths alternate: 100 -> 800 -> 100 -> 800 -> 100.
widths = [100, 800, 100, 800, 100]
g = torch.Generator().manual_seed(0)
x = torch.randn(500, 100, generator=g, dtype=torch.float64, device="cpu")  # inputs of variance 1
upstream = torch.randn(500, 100, generator=g, dtype=torch.float64, device="cpu")  # gradient arriving from the loss
for mode in ("fan_in", "fan_out"):
    weights = [nn.init.kaiming_normal_(torch.empty(n_out, n_in, dtype=torch.float64, device="cpu"), mode=mode,
                                       nonlinearity="relu", generator=g)
               for n_in, n_out in zip(widths, widths[1:])]
    h, masks, forward = x, [], []
    for w in weights:
        pre = h @ w.T
        masks.append(pre > 0)
        h = torch.relu(pre)
        forward.append(f"{h.pow(2).mean().item():.2f}")  # second moment of each layer's output
    grad, backward = upstream, []
    for w, mask in zip(reversed(weights), reversed(masks)):
        grad = (grad * mask) @ w  # back through ReLU, then through the layer
        backward.insert(0, f"{grad.pow(2).mean().item():.2f}")  # gradient at each layer's input
    print(f"{mode:7} forward {' '.join(forward)}   backward {' '.join(backward)}")
    #> fan_in  forward 1.00 0.99 0.93 0.79   backward 1.01 0.13 1.00 0.13
    #> fan_out forward 0.13 1.12 0.13 1.13   backward 1.05 1.05 1.01 1.01
