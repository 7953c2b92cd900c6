import torch
import torch.nn.functional as F

x = torch.linspace(-3, 3, 241)  # the error input - target
curves = {
    "delta=2": lambda d: F.huber_loss(d, torch.zeros_like(d), reduction="none", delta=2.0),
    "delta=1": lambda d: F.huber_loss(d, torch.zeros_like(d), reduction="none", delta=1.0),
    "delta=0.5": lambda d: F.huber_loss(d, torch.zeros_like(d), reduction="none", delta=0.5),
    "MSE / 2": lambda d: F.mse_loss(d, torch.zeros_like(d), reduction="none") / 2,
}
