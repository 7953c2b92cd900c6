import torch
import torch.nn.functional as F

x = torch.linspace(-5, 5, 401)
curves = {
    "Sigmoid": torch.sigmoid,
    "Hardsigmoid": F.hardsigmoid,
    "Tanh": torch.tanh,
    "Hardtanh": F.hardtanh,
    "Softsign": F.softsign,
    "LogSigmoid": F.logsigmoid,
}
