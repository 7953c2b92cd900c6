# snippet-devices: cpu  (the second message names the CPU tensor type torch.FloatTensor)
import torch
import torch.nn.functional as F

# 1. A leaf tensor that requires grad cannot be overwritten.
x = torch.tensor([-1.0, 2.0], requires_grad=True)
try:
    F.relu(x, inplace=True)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.

# 2. sigmoid saves its output for backward; relu_ overwrites it, and backward notices.
x = torch.tensor([-1.0, 2.0], requires_grad=True)
s = torch.sigmoid(x)
y = F.relu(s - 0.5, inplace=True)  # fine: s - 0.5 is a new tensor
z = F.relu(s, inplace=True)  # overwrites the saved output of sigmoid
try:
    z.sum().backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [2]], which is output 0 of Sigmoid, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).
