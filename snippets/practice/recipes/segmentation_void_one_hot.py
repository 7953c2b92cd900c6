# snippet-devices: cpu  (on CUDA the same mistake is a device-side assert)
import torch
import torch.nn.functional as F

target = torch.tensor([[[0, 1, 2], [255, 1, 2]]])  # 255 marks void pixels
try:
    F.one_hot(target, num_classes=3)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: Class values must be smaller than num_classes.
