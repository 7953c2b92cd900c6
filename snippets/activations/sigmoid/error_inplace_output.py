# snippet-devices: cpu  (the message names the CPU tensor type torch.FloatTensor)
import torch

# Backward of sigmoid reuses its output; changing that output in place breaks the graph.
x = torch.tensor([-1.0, 0.0, 2.0], requires_grad=True)
y = torch.sigmoid(x)
y.mul_(2)
try:
    y.sum().backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [3]], which is output 0 of Sigmoid, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).
