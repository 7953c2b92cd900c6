# snippet-devices: cpu  (the message comes from the CPU path; CUDA uses a fused kernel with its own message)
import torch
import torch.nn.functional as F

# Training-mode dropout divides by (1 - p), which an integer tensor cannot hold.
try:
    F.dropout(torch.tensor([1, 2, 3]), p=0.5)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: result type Float can't be cast to the desired output type Long
# In evaluation mode nothing is computed, so the integer tensor passes through.
print(F.dropout(torch.tensor([1, 2, 3]), p=0.5, training=False))
#> tensor([1, 2, 3])
