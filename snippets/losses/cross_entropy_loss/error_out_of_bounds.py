# snippet-devices: cpu  (on CUDA the same mistake is a device-side assert instead)
import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 0.2, 0.3]])
try:
    F.cross_entropy(logits, torch.tensor([0, 3]))  # 3 classes: valid indices are 0, 1, 2
except IndexError as error:
    print(f"IndexError: {error}")
    #> IndexError: Target 3 is out of bounds.
