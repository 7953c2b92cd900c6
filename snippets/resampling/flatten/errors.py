import torch
import torch.nn as nn

x = torch.zeros(2, 12)
for call in [
    lambda: nn.Unflatten(1, (5, -1))(x),   # 12 is not a multiple of 5
    lambda: nn.Unflatten(1, (3, 5))(x),
    lambda: nn.Flatten(2, 1)(torch.zeros(2, 3, 4)),
    lambda: nn.Flatten()(torch.zeros(3)),  # a 1-D input has no dimension 1
]:
    try:
        call()
    except (RuntimeError, IndexError) as error:
        print(f"{type(error).__name__}: {error}")
        #> RuntimeError: unflatten: Provided sizes [5, -1] don't multiply up to the size of dim 1 (12) in the input tensor
        #> RuntimeError: unflatten: Provided sizes [3, 5] don't multiply up to the size of dim 1 (12) in the input tensor
        #> RuntimeError: flatten() has invalid args: start_dim cannot come after end_dim
        #> IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
try:
    nn.Unflatten(1, (-1, -1))(x)
except RuntimeError as error:
    print(str(error).splitlines()[:2])  # the first two lines of a longer message
    #> ['unflatten got an unexpected error:', 'only one dimension can be inferred']
