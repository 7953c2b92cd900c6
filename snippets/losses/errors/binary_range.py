# snippet-devices: cpu  (on CUDA a value outside [0, 1] is a device-side assert instead)
import torch
import torch.nn.functional as F

logits = torch.tensor([2.2, -1.4, 0.4])
labels = torch.tensor([1.0, 0.0, 1.0])
try:
    F.binary_cross_entropy(logits, labels)  # raw scores, not probabilities
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: all elements of input should be between 0 and 1
print(F.binary_cross_entropy(torch.sigmoid(logits), labels))
#> tensor(0.2795)
print(F.binary_cross_entropy_with_logits(logits, labels))  # the same loss, computed stably
#> tensor(0.2795)

# A mask saved as an 8-bit image holds 0 and 255.
mask = torch.tensor([255.0, 0.0, 255.0])
try:
    F.binary_cross_entropy(torch.sigmoid(logits), mask)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: all elements of target should be between 0 and 1
print(F.binary_cross_entropy(torch.sigmoid(logits), mask / 255))
#> tensor(0.2795)
