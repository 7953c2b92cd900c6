import torch
import torch.nn.functional as F

x = torch.linspace(-4, 4, 321)
curves = {
    "Softplus": F.softplus,
    "Softplus, beta=2": lambda t: F.softplus(t, beta=2),
    "Softplus, beta=0.5": lambda t: F.softplus(t, beta=0.5),
    "ReLU": F.relu,
}
