import torch
import torch.nn.functional as F

x = torch.linspace(-3, 3, 241)  # the error input - target
curves = {
    "L1Loss": lambda d: F.l1_loss(d, torch.zeros_like(d), reduction="none"),
    "MSELoss": lambda d: F.mse_loss(d, torch.zeros_like(d), reduction="none"),
}
