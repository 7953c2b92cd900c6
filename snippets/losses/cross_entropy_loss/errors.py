import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 0.2, 0.3]])

for target in [
    torch.tensor([0.0, 2.0]),      # class indices stored as floats
    torch.tensor([[0], [2]]),      # an extra dimension
    torch.tensor([0, 2, 1]),       # one target too many
]:
    try:
        F.cross_entropy(logits, target)
    except (RuntimeError, ValueError) as error:
        print(f"{type(error).__name__}: {error}")
        #> RuntimeError: expected target dtype to be Long or Byte, but got Float
        #> RuntimeError: 0D or 1D target tensor expected, multi-target not supported
        #> ValueError: Expected input batch_size (2) to match target batch_size (3).
