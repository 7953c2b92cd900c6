# snippet-devices: cpu  (the second message names the CPU tensor type torch.FloatTensor)
import torch
import torch.nn.functional as F

# 1. A leaf tensor that requires grad cannot be overwritten.
x = torch.tensor([-1.0, 2.0], requires_grad=True)
try:
    F.relu6(x, inplace=True)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.

# 2. tanh saves its output for backward; relu6 in place overwrites it.
t = torch.tanh(x)
y = F.relu6(t, inplace=True)
try:
    y.sum().backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [2]], which is output 0 of Tanh, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).
