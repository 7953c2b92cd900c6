import torch
import torch.nn.functional as F

x = torch.linspace(-6, 6, 321)
curves = {
    "LogSigmoid": F.logsigmoid,
    "min(x, 0)": lambda t: t.clamp(max=0),
}
