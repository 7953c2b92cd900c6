import torch
import torch.nn.functional as F

log_probs = torch.tensor([[-0.2413, -1.7413, -3.2413],
                          [-1.2019, -1.1019, -1.0019]])

for target in [
    torch.tensor([0.0, 2.0]),                    # class indices stored as floats
    torch.tensor([0, 2], dtype=torch.int32),     # int32 is not accepted either
    torch.tensor([[0], [2]]),                    # an extra dimension
    torch.tensor([0, 2, 1]),                     # one target too many
]:
    try:
        F.nll_loss(log_probs, target)
    except (RuntimeError, ValueError) as error:
        print(f"{type(error).__name__}: {error}")
        #> RuntimeError: expected target dtype to be Long or Byte, but got Float
        #> RuntimeError: expected target dtype to be Long or Byte, but got Int
        #> RuntimeError: 0D or 1D target tensor expected, multi-target not supported
        #> ValueError: Expected input batch_size (2) to match target batch_size (3).

try:
    F.nll_loss(log_probs, torch.tensor([0, 2]), weight=torch.tensor([1.0, 2.0]))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: weight tensor should be defined either for all 3 classes or no classes but got weight tensor of shape: [2]

try:  # a 4-D input needs an (N, H, W) target, not an (N, C, H, W) one
    F.nll_loss(torch.zeros(1, 3, 2, 2), torch.zeros(1, 3, 2, 2, dtype=torch.long))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: only batches of spatial targets supported (3D tensors) but got targets of dimension: 4

try:  # label_smoothing belongs to cross_entropy; nll_loss has no such parameter
    F.nll_loss(log_probs, torch.tensor([0, 2]), label_smoothing=0.1)
except TypeError as error:
    print(f"TypeError: {error}")
    #> TypeError: nll_loss() got an unexpected keyword argument 'label_smoothing'
