import torch
import torch.nn.functional as F

try:
    F.gelu(torch.tensor([1.0]), approximate="fast")
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: approximate argument must be either none or tanh.
