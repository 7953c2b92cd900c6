import torch
import torch.nn.functional as F

x = torch.linspace(-6, 6, 241)
curves = {
    "Hardsigmoid": F.hardsigmoid,
    "Sigmoid": torch.sigmoid,
}
