import torch
import torch.nn.functional as F

x = torch.linspace(-8, 8, 321)
curves = {
    "Sigmoid": torch.sigmoid,
    "Sigmoid(2x)": lambda t: torch.sigmoid(2 * t),
    "Hardsigmoid": F.hardsigmoid,
}
