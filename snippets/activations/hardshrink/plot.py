import torch
import torch.nn.functional as F

x = torch.linspace(-3, 3, 241)
curves = {
    "Hardshrink (lambd=0.5)": F.hardshrink,
    "Hardshrink (lambd=1)": lambda t: F.hardshrink(t, 1.0),
    "Softshrink (lambd=1)": lambda t: F.softshrink(t, 1.0),
}
