import torch
import torch.nn.functional as F

probs = torch.tensor([0.9, 0.3])
for target in [
    torch.tensor([[1.0], [0.0]]),                  # shape (2, 1) for input (2,)
    torch.tensor([1, 0]),                          # integer labels
    torch.tensor([1.0, 0.0], dtype=torch.float64),  # float64 target, float32 input
]:
    try:
        F.binary_cross_entropy(probs, target)
    except (RuntimeError, ValueError) as error:
        print(f"{type(error).__name__}: {error}")
        #> ValueError: Using a target size (torch.Size([2, 1])) that is different to the input size (torch.Size([2])) is deprecated. Please ensure they have the same size.
        #> RuntimeError: Found dtype Long but expected Float
        #> RuntimeError: Found dtype Double but expected Float

# A per-sample weight of shape (N,) does not broadcast against (N, C) when N != C.
try:
    F.binary_cross_entropy(torch.full((2, 3), 0.5), torch.ones(2, 3), weight=torch.tensor([1.0, 2.0]))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: Attempting to broadcast a dimension of length 2 at -1! Mismatching argument at index 1 had torch.Size([2]); but expected shape should be broadcastable to [2, 3]
