# snippet-devices: cpu  (on CUDA an out-of-range class index is a device-side assert instead)
import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 0.2, 0.3]])  # 3 classes: valid indices are 0, 1, 2

for call in [
    lambda: F.cross_entropy(logits, torch.tensor([1, 3])),      # labels numbered 1..3
    lambda: F.cross_entropy(logits, torch.tensor([1, -1])),     # -1 as padding, ignore_index is -100
    lambda: F.multi_margin_loss(logits, torch.tensor([1, 3])),
    lambda: F.multilabel_margin_loss(logits, torch.tensor([[3, -1, 0], [1, -1, 0]])),
]:
    try:
        call()
    except (IndexError, RuntimeError) as error:
        print(f"{type(error).__name__}: {error}")
        #> IndexError: Target 3 is out of bounds.
        #> IndexError: Target -1 is out of bounds.
        #> RuntimeError: target out of range
        #> RuntimeError: argument #2 'target' is out of range

# Shift labels that start at 1, or tell the loss which value marks padding.
print(F.cross_entropy(logits, torch.tensor([1, 3]) - 1))
#> tensor(0.6216)
print(F.cross_entropy(logits, torch.tensor([1, -1]), ignore_index=-1))
#> tensor(1.7413)
