import torch
import torch.nn.functional as F

# Unlike most activations, relu accepts integer tensors and keeps their dtype.
print(F.relu(torch.tensor([-3, 0, 5])))
#> tensor([0, 0, 5])
print(F.relu(torch.tensor([-1.5, 2.0], dtype=torch.float16)))
#> tensor([0., 2.], dtype=torch.float16)
try:
    F.relu(torch.tensor([True, False]))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: Boolean inputs not supported for relu
