# snippet-devices: cpu  (the message names the CPU tensor type; CUDA prints torch.cuda.FloatTensor)
import torch
import torch.nn.functional as F

w = torch.tensor([-1.0, 0.5, 2.0], requires_grad=True)
e = w.exp()  # exp saves its output for the backward pass...
F.celu(e, inplace=True)  # ...which this overwrites
try:
    e.sum().backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [3]], which is output 0 of Exp, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).
