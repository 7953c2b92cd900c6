# snippet-devices: cpu  (on CUDA an out-of-range class index is a device-side assert instead)
import torch
import torch.nn.functional as F

x = torch.tensor([[0.1, 0.2, 0.4, 0.8]])
for target in [torch.tensor([4]), torch.tensor([-1])]:  # valid classes: 0..3
    try:
        F.multi_margin_loss(x, target)
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
        #> RuntimeError: target out of range
        #> RuntimeError: target out of range
