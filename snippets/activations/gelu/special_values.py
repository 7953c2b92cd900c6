import torch
import torch.nn.functional as F

x = torch.tensor([float("-inf"), -30.0, float("nan"), 30.0, float("inf")])
for mode in ["none", "tanh"]:
    y = F.gelu(x, approximate=mode)
    # -inf gives nan (-inf * 0); +inf gives inf or nan depending on the CPU kernel.
    print(mode, torch.isnan(y[:3]), torch.isfinite(y))
    #> none tensor([ True, False,  True]) tensor([False,  True, False,  True, False])
    #> tanh tensor([ True, False,  True]) tensor([False,  True, False,  True, False])
    # Large finite inputs are fine: about 0 at -30, exactly 30 at 30.
    print(mode, y[1].abs() < 1e-30, y[3].item())
    #> none tensor(True) 30.0
    #> tanh tensor(True) 30.0

# Clamp before GELU if infinities can occur (a masked score, for example); nan stays nan.
print(torch.isfinite(F.gelu(x.clamp(-1e4, 1e4))))
#> tensor([ True,  True, False,  True,  True])
