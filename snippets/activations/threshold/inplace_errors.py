# snippet-devices: cpu  (the message names the CPU tensor type torch.FloatTensor)
import torch
import torch.nn.functional as F

# exp saves its output for backward; threshold in place overwrites it.
x = torch.tensor([-1.0, 2.0], requires_grad=True)
e = torch.exp(x)
y = F.threshold(e, 1.0, 0.0, inplace=True)
try:
    y.sum().backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [2]], which is output 0 of Exp, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).
