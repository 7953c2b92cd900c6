import warnings

import torch
import torch.nn as nn

logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 1.2, 0.3]])

# Class indices stored as float: CrossEntropyLoss wants int64 for an (N,) target.
try:
    nn.CrossEntropyLoss()(logits, torch.tensor([0.0, 2.0]))
except RuntimeError as error:
    print(f"{type(error).__name__}: {error}")
    #> RuntimeError: expected target dtype to be Long or Byte, but got Float
# int64 ("Long") and uint8 ("Byte") indices both work.
print(nn.CrossEntropyLoss()(logits, torch.tensor([0, 2])),
      nn.CrossEntropyLoss()(logits, torch.tensor([0, 2], dtype=torch.uint8)))
#> tensor(0.8474) tensor(0.8474)

# 0/1 labels stored as int64: BCEWithLogitsLoss wants a float target.
try:
    nn.BCEWithLogitsLoss()(torch.tensor([1.5, -0.3]), torch.tensor([1, 0]))
except RuntimeError as error:
    print(f"{type(error).__name__}: {error}")
    #> RuntimeError: result type Float can't be cast to the desired output type Long

# An (N, 1) model output against an (N,) target: the BCE losses refuse it ...
try:
    nn.BCEWithLogitsLoss()(torch.tensor([[1.5], [-0.3]]), torch.tensor([1.0, 0.0]))
except ValueError as error:
    print(f"{type(error).__name__}: {error}")
    #> ValueError: Target size (torch.Size([2])) must be the same as input size (torch.Size([2, 1]))

# ... but MSELoss broadcasts (N, 1) against (N,) to (N, N) and only warns.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    wrong = nn.MSELoss()(torch.tensor([[1.0], [2.0]]), torch.tensor([1.0, 2.0]))
print(wrong, nn.MSELoss()(torch.tensor([1.0, 2.0]), torch.tensor([1.0, 2.0])))
#> tensor(0.5000) tensor(0.)
print(caught[0].message)
#> Using a target size (torch.Size([2])) that is different to the input size (torch.Size([2, 1])). This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size.
