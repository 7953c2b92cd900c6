import torch
import torch.nn.functional as F

x = torch.linspace(-4, 3, 281)
curves = {
    "CELU, alpha=0.5": lambda t: F.celu(t, alpha=0.5),
    "CELU, alpha=1 (= ELU)": F.celu,
    "CELU, alpha=2": lambda t: F.celu(t, alpha=2.0),
    "ELU, alpha=2": lambda t: F.elu(t, alpha=2.0),
}
