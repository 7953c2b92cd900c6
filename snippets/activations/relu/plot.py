import torch
import torch.nn.functional as F

x = torch.linspace(-3, 3, 241)
curves = {
    "ReLU": F.relu,
    "LeakyReLU, negative_slope=0.1": lambda t: F.leaky_relu(t, 0.1),
}
