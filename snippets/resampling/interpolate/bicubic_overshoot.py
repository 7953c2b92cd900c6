import torch
import torch.nn.functional as F

step = torch.tensor([0.0, 0.0, 0.0, 1.0, 1.0, 1.0]).view(1, 1, 1, 6)  # a sharp edge
for mode in ("bilinear", "bicubic"):
    y = F.interpolate(step, scale_factor=(1, 4), mode=mode)
    print(f"{mode:8}", f"min {y.min().item():.4f}", f"max {y.max().item():.4f}")
    #> bilinear min 0.0000 max 1.0000
    #> bicubic  min -0.1099 max 1.1099
y = F.interpolate(step, scale_factor=(1, 4), mode="bicubic").clamp(0, 1)  # back into [0, 1]
print(y.min().item(), y.max().item())
#> 0.0 1.0
