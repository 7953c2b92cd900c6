import torch
import torch.nn.functional as F

probs = torch.tensor([0.9, 0.2, 0.6])   # after a sigmoid
logits = torch.tensor([2.2, -1.4, 0.4])  # before it
labels = torch.tensor([1, 0, 1])         # int64, as a dataset usually returns them

for call in [
    lambda: F.binary_cross_entropy(probs, labels),                       # int64 target
    lambda: F.binary_cross_entropy(probs, labels.double()),              # float64 target
    lambda: F.binary_cross_entropy(probs, labels.float()[:, None]),      # (N, 1) target, (N) input
    lambda: F.binary_cross_entropy_with_logits(logits, labels.float()[:, None]),
    lambda: F.binary_cross_entropy_with_logits(logits, labels),          # int64 target
    lambda: F.binary_cross_entropy_with_logits(logits, labels.bool()),   # bool target
]:
    try:
        call()
    except (RuntimeError, ValueError) as error:
        print(f"{type(error).__name__}: {error}")
        #> RuntimeError: Found dtype Long but expected Float
        #> RuntimeError: Found dtype Double but expected Float
        #> ValueError: Using a target size (torch.Size([3, 1])) that is different to the input size (torch.Size([3])) is deprecated. Please ensure they have the same size.
        #> ValueError: Target size (torch.Size([3, 1])) must be the same as input size (torch.Size([3]))
        #> RuntimeError: result type Float can't be cast to the desired output type Long
        #> RuntimeError: Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead.

# The fix for all of them: a float target of the input's dtype and shape.
print(F.binary_cross_entropy(probs, labels.to(probs.dtype)))
#> tensor(0.2798)
print(F.binary_cross_entropy_with_logits(logits, labels.to(logits.dtype)))
#> tensor(0.2795)
