import torch
import torch.nn.functional as F

x = torch.linspace(-4, 3, 281)
curves = {
    "SELU": F.selu,
    "ELU": F.elu,
    "ReLU": F.relu,
}
