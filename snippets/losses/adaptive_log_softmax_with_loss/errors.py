import torch
import torch.nn as nn

for cutoffs in [[4, 2], [2, 2], [2, 6], []]:
    try:
        nn.AdaptiveLogSoftmaxWithLoss(in_features=4, n_classes=6, cutoffs=cutoffs)
    except ValueError as error:
        print(f"ValueError: {error}")
        #> ValueError: cutoffs should be a sequence of unique, positive integers sorted in an increasing order, where each value is between 1 and n_classes-1
        #> ValueError: cutoffs should be a sequence of unique, positive integers sorted in an increasing order, where each value is between 1 and n_classes-1
        #> ValueError: cutoffs should be a sequence of unique, positive integers sorted in an increasing order, where each value is between 1 and n_classes-1
        #> ValueError: cutoffs should be a sequence of length larger than 0

torch.manual_seed(0)
asm = nn.AdaptiveLogSoftmaxWithLoss(in_features=4, n_classes=6, cutoffs=[2, 4], div_value=2.0)
x = torch.randn(3, 4)
for target in [
    torch.tensor([0, 3, 6]),           # 6 classes: valid indices are 0..5
    torch.tensor([0, 3, -100]),        # no ignore_index: padding is out of range too
    torch.tensor([0.0, 3.0, 5.0]),     # class indices stored as floats
    torch.tensor([[0], [3], [5]]),     # an extra dimension
    torch.tensor([0, 3]),              # one target too few
]:
    try:
        asm(x, target)
    except RuntimeError as error:
        print(f"{type(error).__name__}: {error}")
        #> RuntimeError: Target values should be in [0, 5], but values in range [0, 6] were found.
        #> RuntimeError: Target values should be in [0, 5], but values in range [-100, 3] were found.
        #> RuntimeError: gather(): Expected dtype int32/int64 for index
        #> RuntimeError: 0D or 1D target tensor expected, multi-target not supported
        #> RuntimeError: Input and target should have the same size in the batch dimension.
