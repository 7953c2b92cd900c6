# snippet-devices: cpu  (on CUDA an input outside [0, 1] is a device-side assert instead)
import torch
import torch.nn.functional as F

target = torch.tensor([1.0, 0.0])
for probs in [torch.tensor([1.2, 0.3]),            # raw scores (logits) instead of probabilities
              torch.tensor([-0.1, 0.3]),
              torch.tensor([float("nan"), 0.3])]:
    try:
        F.binary_cross_entropy(probs, target)
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
        #> RuntimeError: all elements of input should be between 0 and 1
        #> RuntimeError: all elements of input should be between 0 and 1
        #> RuntimeError: all elements of input should be between 0 and 1

# The target is checked too.
try:
    F.binary_cross_entropy(torch.tensor([0.9, 0.3]), torch.tensor([2.0, 0.0]))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: all elements of target should be between 0 and 1
