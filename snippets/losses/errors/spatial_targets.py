import torch
import torch.nn.functional as F

# A sequence model returns (N, T, C) = (2 sequences, 4 steps, 3 classes); targets are (N, T).
logits = torch.tensor([[[1.0, 0.0, -1.0], [0.5, 0.5, 0.0], [0.0, 2.0, 0.0], [0.1, 0.2, 0.3]],
                       [[0.0, 0.0, 1.0], [1.0, 1.0, 1.0], [2.0, 0.0, 0.0], [0.0, 0.5, 1.0]]])
target = torch.tensor([[0, 1, 1, 2],
                       [2, 0, 0, 2]])
for call in [
    lambda: F.cross_entropy(logits, target),                      # dim 1 is taken as the class dimension
    lambda: F.nll_loss(logits.log_softmax(dim=2), target),        # the same check in NLLLoss
]:
    try:
        call()
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
        #> RuntimeError: Expected target size [2, 3], got [2, 4]
        #> RuntimeError: Expected target size [2, 3], got [2, 4]
# The classes must be dim 1: (N, C, T). Either move them there or flatten to (N*T, C).
print(F.cross_entropy(logits.transpose(1, 2), target))
#> tensor(0.6471)
print(F.cross_entropy(logits.reshape(-1, 3), target.reshape(-1)))
#> tensor(0.6471)
# With T == C nothing complains: 3 steps, 3 classes, steps read as classes and vice versa.
square, square_target = logits[:, :3], target[:, :3]
print(F.cross_entropy(square, square_target), F.cross_entropy(square.transpose(1, 2), square_target))
#> tensor(1.0283) tensor(0.5825)

# Segmentation: (N, C, H, W) = (1, 3, 2, 2).
seg = torch.zeros(1, 3, 2, 2).log_softmax(dim=1)  # log-probabilities for NLLLoss
one_hot = torch.zeros(1, 3, 2, 2, dtype=torch.long)
one_hot[:, 0] = 1
for call in [
    lambda: F.nll_loss(seg, one_hot),                                   # one-hot mask (N, C, H, W)
    lambda: F.nll_loss(seg, one_hot[:, :1]),                            # mask with a channel dim (N, 1, H, W)
    lambda: F.cross_entropy(seg, one_hot),                              # same shape as input: read as probabilities
    lambda: F.cross_entropy(seg, torch.zeros(1, 4, 4, dtype=torch.long)),  # mask at another size
]:
    try:
        call()
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
        #> RuntimeError: only batches of spatial targets supported (3D tensors) but got targets of dimension: 4
        #> RuntimeError: only batches of spatial targets supported (3D tensors) but got targets of dimension: 4
        #> RuntimeError: Expected floating point type for target with class probabilities, got Long
        #> RuntimeError: size mismatch (got input: [1, 3, 2, 2] , target: [1, 4, 4]
# The mask must hold one class index per pixel: (N, H, W).
print(F.nll_loss(seg, one_hot.argmax(dim=1)))
#> tensor(1.0986)
