from collections import namedtuple

import torch
import torch.nn as nn

x = torch.zeros(2, 60)
print(nn.Unflatten(1, (3, -1, 5))(x).shape)         # one -1 is inferred
#> torch.Size([2, 3, 4, 5])
print(nn.Unflatten(1, torch.Size([3, 4, 5]))(x).shape)
#> torch.Size([2, 3, 4, 5])
print(nn.Unflatten(1, [3, 4, 5])(x).shape)
#> torch.Size([2, 3, 4, 5])
Shape = namedtuple("Shape", "channels height width")
print(nn.Unflatten(1, Shape(3, 4, 5))(x).shape)     # a named tuple is a tuple of ints
#> torch.Size([2, 3, 4, 5])
print(nn.Unflatten(-1, (6, 10))(x).shape)            # negative dims count from the end
#> torch.Size([2, 6, 10])
for sizes in [(("C", 3), ("L", 20)), 60, (3, 20.0)]:
    try:
        nn.Unflatten(1, sizes)
    except TypeError as error:
        print(f"TypeError: {error}")
        #> TypeError: unflattened_size must be tuple of ints, but found element of type tuple at pos 0
        #> TypeError: unflattened_size must be a tuple of ints, but found type int
        #> TypeError: unflattened_size must be tuple of ints, but found element of type float at pos 1
