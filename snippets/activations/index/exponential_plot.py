import torch
import torch.nn.functional as F

x = torch.linspace(-4, 3, 401)
curves = {
    "ELU": F.elu,
    "ELU (alpha=0.5)": lambda t: F.elu(t, alpha=0.5),
    "CELU (alpha=0.5)": lambda t: F.celu(t, alpha=0.5),
    "SELU": F.selu,
}
