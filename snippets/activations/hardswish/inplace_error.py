# snippet-devices: cpu  (the message names the tensor type, torch.cuda.FloatTensor on CUDA)
import torch
import torch.nn.functional as F

w = torch.tensor([-4.0, -1.5, 1.5], requires_grad=True)
s = w.exp()  # exp saves its output for the backward pass
F.hardswish(s, inplace=True)  # ... and this overwrites it
try:
    s.sum().backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [3]], which is output 0 of Exp, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).
