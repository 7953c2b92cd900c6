# snippet-devices: cpu  (on CUDA an index >= C is a device-side assert instead)
import torch
import torch.nn.functional as F

x = torch.tensor([[0.1, 0.2, 0.4, 0.8]])
try:
    F.multilabel_margin_loss(x, torch.tensor([[4, 0, -1, 1]]))  # valid classes: 0..3
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: argument #2 'target' is out of range
