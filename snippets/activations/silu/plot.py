import torch
import torch.nn.functional as F

x = torch.linspace(-5, 5, 401)
curves = {
    "SiLU": F.silu,
    "GELU": F.gelu,
    "ReLU": F.relu,
}
