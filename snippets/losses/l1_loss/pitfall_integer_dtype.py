import torch
import torch.nn.functional as F

# Integer tensors, as built from plain int lists.
output = torch.tensor([1, 0, 0, 0, 0])
target = torch.tensor([1, 1, 0, 1, 0])

print(F.l1_loss(output, target, reduction="sum"))  # an integer result
#> tensor(2)
try:
    F.l1_loss(output, target)
except RuntimeError as error:
    print(f"{type(error).__name__}: {error}")
    #> RuntimeError: mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: Long
print(F.l1_loss(output.float(), target.float()))
#> tensor(0.4000)
