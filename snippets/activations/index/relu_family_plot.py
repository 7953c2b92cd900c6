import torch
import torch.nn.functional as F

x = torch.linspace(-3, 7, 401)
curves = {
    "ReLU": F.relu,
    "LeakyReLU (slope 0.01)": F.leaky_relu,
    "PReLU (weight 0.25)": lambda t: F.prelu(t, torch.tensor([0.25], dtype=t.dtype)),
    "RReLU, eval (slope 11/48)": lambda t: F.rrelu(t, training=False),
    "ReLU6": F.relu6,
}
