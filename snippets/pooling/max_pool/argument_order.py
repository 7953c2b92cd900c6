import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.arange(10.0).reshape(1, 1, 2, 5)
# The module's fifth positional argument is return_indices: the output becomes a tuple.
module_out = nn.MaxPool2d(2, 2, 0, 1, True)(x)
print(type(module_out).__name__, len(module_out))
#> tuple 2
# The function's sixth positional argument is ceil_mode: a third column appears.
print(F.max_pool2d(x, 2, 2, 0, 1, True).shape)
#> torch.Size([1, 1, 1, 3])
print(nn.MaxPool2d(2, ceil_mode=True)(x).shape)  # say what you mean by keyword
#> torch.Size([1, 1, 1, 3])
