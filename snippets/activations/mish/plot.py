import torch
import torch.nn.functional as F

x = torch.linspace(-5, 3, 321)
curves = {
    "Mish": F.mish,
    "SiLU": F.silu,
    "GELU": F.gelu,
}
