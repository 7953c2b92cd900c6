import torch
import torch.nn.functional as F

x = torch.linspace(-3, 3, 241)
curves = {
    "PReLU, a=0.25 (init)": lambda t: F.prelu(t, torch.tensor([0.25], dtype=t.dtype)),
    "PReLU, a=0.6": lambda t: F.prelu(t, torch.tensor([0.6], dtype=t.dtype)),
    "ReLU (a=0)": F.relu,
}
