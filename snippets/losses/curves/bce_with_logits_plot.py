import torch
import torch.nn.functional as F

x = torch.linspace(-6, 6, 241)  # the logit z; the probability is sigmoid(z)
curves = {
    "BCEWithLogitsLoss, target 1": lambda z: F.binary_cross_entropy_with_logits(
        z, torch.ones_like(z), reduction="none"),
    "BCEWithLogitsLoss, target 0": lambda z: F.binary_cross_entropy_with_logits(
        z, torch.zeros_like(z), reduction="none"),
    "MSELoss on sigmoid(z), target 1": lambda z: F.mse_loss(
        torch.sigmoid(z), torch.ones_like(z), reduction="none"),
}
