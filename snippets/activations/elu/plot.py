import torch
import torch.nn.functional as F

x = torch.linspace(-4, 3, 281)
curves = {
    "ELU, alpha=1": F.elu,
    "ELU, alpha=0.5": lambda t: F.elu(t, alpha=0.5),
    "ELU, alpha=2": lambda t: F.elu(t, alpha=2.0),
    "ReLU": F.relu,
}
