# snippet-devices: cpu  (on CUDA an out-of-range index is a device-side assert instead)
import torch

x = torch.tensor([1.0, 2.0])
try:
    x[torch.tensor([5])]
except IndexError as error:
    print(type(error).__name__)
    #> IndexError
