# snippet-devices: cpu  (on CUDA an out-of-range class index is a device-side assert instead)
import torch
import torch.nn.functional as F
from torch.nn import LinearCrossEntropyOptions

x = torch.tensor([[0.5, -1.0, 2.0, 0.0],
                  [1.5, 0.5, -0.5, 1.0]])
W = torch.tensor([[0.2, -0.1, 0.4, 0.0],
                  [0.0, 0.3, 0.5, -0.2],
                  [0.1, 0.1, 0.1, 0.1]])
bad = torch.tensor([1, 3])  # 3 classes: valid indices are 0, 1, 2

for options in [None, LinearCrossEntropyOptions()]:
    try:
        F.linear_cross_entropy(x, W, bad, options=options)
    except (IndexError, RuntimeError) as error:
        print(f"{type(error).__name__}: {error}")
        #> IndexError: Target 3 is out of bounds.
        #> RuntimeError: index 3 is out of bounds for dimension 1 with size 3
