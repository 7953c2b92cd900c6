import torch
import torch.nn.functional as F

x = torch.linspace(-5, 3, 401)
curves = {
    "GELU": F.gelu,
    "SiLU": F.silu,
    "Mish": F.mish,
    "Hardswish": F.hardswish,
    "Softplus": F.softplus,
}
