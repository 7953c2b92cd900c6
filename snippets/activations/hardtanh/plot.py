import torch
import torch.nn.functional as F

x = torch.linspace(-3, 3, 241)
curves = {
    "Hardtanh": F.hardtanh,
    "Hardtanh(min_val=-2, max_val=0.5)": lambda t: F.hardtanh(t, -2.0, 0.5),
    "Tanh": torch.tanh,
}
