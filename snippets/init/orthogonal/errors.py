import torch
import torch.nn as nn

for call in [
    lambda: nn.init.orthogonal_(torch.empty(5)),  # a bias
    lambda: nn.init.sparse_(torch.empty(4, 3, 3), sparsity=0.5),  # a conv weight
]:
    try:
        call()
    except ValueError as error:
        print(type(error).__name__, error)
        #> ValueError Only tensors with 2 or more dimensions are supported
        #> ValueError Only tensors with 2 dimensions are supported
