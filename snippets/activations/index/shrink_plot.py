import torch
import torch.nn.functional as F

x = torch.linspace(-3, 3, 401)
curves = {
    "Hardshrink": F.hardshrink,
    "Softshrink": F.softshrink,
    "Tanhshrink": F.tanhshrink,
    "Threshold(1.0, 0.0)": lambda t: F.threshold(t, 1.0, 0.0),
}
