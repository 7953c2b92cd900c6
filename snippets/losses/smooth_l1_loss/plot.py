import torch
import torch.nn.functional as F

x = torch.linspace(-3, 3, 241)  # the error input - target
curves = {
    "beta=2": lambda d: F.smooth_l1_loss(d, torch.zeros_like(d), reduction="none", beta=2.0),
    "beta=1": lambda d: F.smooth_l1_loss(d, torch.zeros_like(d), reduction="none", beta=1.0),
    "beta=0.25": lambda d: F.smooth_l1_loss(d, torch.zeros_like(d), reduction="none", beta=0.25),
    "beta=0 (L1)": lambda d: F.smooth_l1_loss(d, torch.zeros_like(d), reduction="none", beta=0.0),
}
