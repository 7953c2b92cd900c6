import torch
import torch.nn.functional as F

logits = torch.tensor([0.3, -1.2])
for target in [
    torch.tensor([[1.0], [0.0]]),  # shape (2, 1) for input (2,)
    torch.tensor([1, 0]),          # integer labels
]:
    try:
        F.binary_cross_entropy_with_logits(logits, target)
    except (RuntimeError, ValueError) as error:
        print(f"{type(error).__name__}: {error}")
        #> ValueError: Target size (torch.Size([2, 1])) must be the same as input size (torch.Size([2]))
        #> RuntimeError: result type Float can't be cast to the desired output type Long

# pos_weight must broadcast against the input.
try:
    F.binary_cross_entropy_with_logits(torch.zeros(2, 3), torch.ones(2, 3), pos_weight=torch.ones(2))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 1

# So must weight: a per-sample weight of shape (N,) fails against (N, C) when N != C; use (N, 1).
try:
    F.binary_cross_entropy_with_logits(torch.zeros(2, 3), torch.ones(2, 3), weight=torch.tensor([1.0, 2.0]))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
