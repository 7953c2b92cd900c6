import torch
import torch.nn.functional as F

x = torch.linspace(0.01, 0.99, 197)  # the predicted probability p
curves = {
    "target 1: -log(p)": lambda p: F.binary_cross_entropy(p, torch.ones_like(p), reduction="none"),
    "target 0: -log(1-p)": lambda p: F.binary_cross_entropy(p, torch.zeros_like(p), reduction="none"),
}
