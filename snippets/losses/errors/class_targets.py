import torch
import torch.nn as nn
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 0.2, 0.3]])  # 2 samples, 3 classes
target = torch.tensor([0, 2])

for call in [
    lambda: F.cross_entropy(logits, target.float()),                        # indices stored as floats
    lambda: F.cross_entropy(logits, target.int()),                          # int32 indices
    lambda: F.cross_entropy(logits, torch.tensor([[1, 0, 0], [0, 0, 1]])),  # one-hot rows as int64
    lambda: F.cross_entropy(logits, target[:, None]),                       # shape (N, 1)
    lambda: F.cross_entropy(logits, torch.tensor([0, 2, 1])),               # one target too many
    lambda: F.cross_entropy(logits, target, weight=torch.tensor([1.0, 2.0])),  # 2 weights, 3 classes
    lambda: F.cross_entropy(logits, torch.tensor([[0.9, 0.05, 0.05], [0.1, 0.1, 0.8]]),
                            ignore_index=0),                                # probabilities + ignore_index
    lambda: nn.CrossEntropyLoss(label_smoothing=1.5)(logits, target),       # smoothing above 1
]:
    try:
        call()
    except (RuntimeError, ValueError) as error:
        print(f"{type(error).__name__}: {error}")
        #> RuntimeError: expected target dtype to be Long or Byte, but got Float
        #> RuntimeError: expected target dtype to be Long or Byte, but got Int
        #> RuntimeError: Expected floating point type for target with class probabilities, got Long
        #> RuntimeError: 0D or 1D target tensor expected, multi-target not supported
        #> ValueError: Expected input batch_size (2) to match target batch_size (3).
        #> RuntimeError: weight tensor should be defined either for all 3 classes or no classes but got weight tensor of shape: [2]
        #> RuntimeError: ignore_index is not supported for floating point target
        #> RuntimeError: label_smoothing must be between 0.0 and 1.0. Got: 1.5

# A negative ignore_index (the default -100 included) is accepted with probabilities, and does nothing.
probs = torch.tensor([[0.9, 0.05, 0.05], [0.1, 0.1, 0.8]])
print(F.cross_entropy(logits, probs, ignore_index=-1), F.cross_entropy(logits, probs))
#> tensor(0.7491) tensor(0.7491)

# AdaptiveLogSoftmaxWithLoss checks its targets in Python, on every device.
torch.manual_seed(0)
asm = nn.AdaptiveLogSoftmaxWithLoss(in_features=4, n_classes=6, cutoffs=[2, 4], div_value=2.0)
try:
    asm(torch.randn(3, 4), torch.tensor([0, 3, 6]))  # 6 classes: valid indices are 0..5
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: Target values should be in [0, 5], but values in range [0, 6] were found.
