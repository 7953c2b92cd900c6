# snippet-devices: cpu  (the messages name CPU kernels; CUDA names its own)
import torch
import torch.nn as nn
import torch.nn.functional as F

# Tensors built from plain int lists are int64.
pred = torch.tensor([1, 2, 0])
target = torch.tensor([1, 0, 0])
try:
    F.mse_loss(pred, target)
except NotImplementedError as error:
    print(f"NotImplementedError: {error}")
    #> NotImplementedError: "mse_cpu" not implemented for 'Long'
print(F.mse_loss(pred.float(), target.float()))
#> tensor(1.3333)
# L1Loss fails one step later, in the mean over the elements; 'sum' even returns an integer.
try:
    F.l1_loss(pred, target)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: Long
print(F.l1_loss(pred, target, reduction="sum"))
#> tensor(2)

# Arguments swapped: the int64 class indices land where the logits belong.
logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 0.2, 0.3]])
classes = torch.tensor([0, 2])
loss_fn = nn.CrossEntropyLoss()
try:
    loss_fn(classes, logits)
except NotImplementedError as error:
    print(f"NotImplementedError: {error}")
    #> NotImplementedError: "log_softmax_lastdim_kernel_impl" not implemented for 'Long'
print(loss_fn(logits, classes))  # input first, target second
#> tensor(0.6216)
