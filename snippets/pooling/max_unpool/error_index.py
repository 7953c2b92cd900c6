# snippet-devices: cpu  (on CUDA an index out of range is a device-side assert instead)
import torch
import torch.nn.functional as F

x = torch.zeros(1, 1, 5, 5)
x[0, 0, 3, 3] = 1.0  # the maximum of the last full window: index 3 * 5 + 3 = 18
pooled, indices = F.max_pool2d(x, 2, return_indices=True)
print(indices.flatten().tolist())
#> [0, 2, 10, 18]
try:
    F.max_unpool2d(pooled, indices, 2)  # the default output is 4 x 4: only 16 positions
except RuntimeError as error:
    print(error)
    #> Found an invalid max index: 18 (output volumes are of size 4x4)
print(F.max_unpool2d(pooled, indices, 2, output_size=x.shape[-2:])[0, 0, 3, 3].item())
#> 1.0
