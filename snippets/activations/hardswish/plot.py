import torch
import torch.nn.functional as F

x = torch.linspace(-6, 6, 241)
curves = {
    "Hardswish": F.hardswish,
    "SiLU": F.silu,
    "ReLU": F.relu,
}
