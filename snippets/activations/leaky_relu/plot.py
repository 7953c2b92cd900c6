import torch
import torch.nn.functional as F

x = torch.linspace(-3, 3, 241)
curves = {
    "LeakyReLU (negative_slope=0.01)": F.leaky_relu,
    "LeakyReLU, negative_slope=0.2": lambda t: F.leaky_relu(t, 0.2),
    "ReLU": F.relu,
}
