import torch
import torch.nn as nn

# A Linear(300, 100) weight: fan_in 300, fan_out 100. Inputs and upstream gradients of variance 1.
g = torch.Generator().manual_seed(0)
x = torch.randn(3000, 300, generator=g, dtype=torch.float64, device="cpu")
grad_out = torch.randn(3000, 100, generator=g, dtype=torch.float64, device="cpu")
inits = {
    "xavier_normal_": lambda w: nn.init.xavier_normal_(w, generator=g),
    "kaiming fan_in": lambda w: nn.init.kaiming_normal_(w, mode="fan_in", nonlinearity="linear", generator=g),
    "kaiming fan_out": lambda w: nn.init.kaiming_normal_(w, mode="fan_out", nonlinearity="linear", generator=g),
}
for name, init in inits.items():
    w = init(torch.empty(100, 300, dtype=torch.float64, device="cpu"))
    forward, backward = (x @ w.T).var().item(), (grad_out @ w).var().item()  # output, input gradient
    print(f"{name:16} forward {forward:.2f}  backward {backward:.2f}")
    #> xavier_normal_   forward 1.51  backward 0.50
    #> kaiming fan_in   forward 1.00  backward 0.33
    #> kaiming fan_out  forward 3.01  backward 1.01
