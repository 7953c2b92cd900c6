import torch
import torch.nn as nn

mask = nn.Transformer.generate_square_subsequent_mask(4)
print(mask)  # float: 0 on and below the diagonal, -inf above
#> tensor([[0., -inf, -inf, -inf],
#>         [0., 0., -inf, -inf],
#>         [0., 0., 0., -inf],
#>         [0., 0., 0., 0.]])
print(mask.dtype)
#> torch.float32

blocked = mask.isinf()                               # boolean, MultiheadAttention's convention
allowed = torch.ones(4, 4, dtype=torch.bool).tril()  # boolean, SDPA's convention
print(torch.equal(blocked, ~allowed))
#> True
print(torch.equal(blocked, torch.ones(4, 4, dtype=torch.bool).triu(diagonal=1)))
#> True
