import torch
import torch.nn as nn

torch.manual_seed(0)
m = nn.Linear(4, 3)
# Only the last dimension has to be in_features; every leading dimension is kept.
for shape in [(4,), (5, 4), (2, 5, 4), (2, 3, 5, 4), (0, 4)]:
    print(shape, "->", tuple(m(torch.randn(shape)).shape))
    #> (4,) -> (3,)
    #> (5, 4) -> (5, 3)
    #> (2, 5, 4) -> (2, 5, 3)
    #> (2, 3, 5, 4) -> (2, 3, 5, 3)
    #> (0, 4) -> (0, 3)

# Each position is transformed independently: the same as flattening the leading dimensions.
x = torch.randn(2, 3, 5, 4)
print(torch.allclose(m(x), m(x.reshape(-1, 4)).reshape(2, 3, 5, 3)))
#> True
