# snippet-devices: cpu  (on CUDA an out-of-range class is a device-side assert instead)
import torch
import torch.nn.functional as F

log_probs = torch.tensor([[-0.2413, -1.7413, -3.2413],
                          [-1.2019, -1.1019, -1.0019]])
for target in [torch.tensor([0, 3]),    # 3 classes: valid indices are 0, 1, 2
               torch.tensor([0, -1])]:  # -1 used as padding, but ignore_index is -100
    try:
        F.nll_loss(log_probs, target)
    except IndexError as error:
        print(f"IndexError: {error}")
        #> IndexError: Target 3 is out of bounds.
        #> IndexError: Target -1 is out of bounds.

# Padding marked with -1 is fine once ignore_index says so.
print(F.nll_loss(log_probs, torch.tensor([0, -1]), ignore_index=-1))
#> tensor(0.2413)
