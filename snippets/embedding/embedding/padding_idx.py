import torch
import torch.nn as nn

torch.manual_seed(0)
embedding = nn.Embedding(5, 3, padding_idx=0)
print(embedding.weight[0])                 # the padding row starts at zero
#> tensor([0., 0., 0.], grad_fn=<SelectBackward0>)

tokens = torch.tensor([[4, 2, 0, 0],
                       [1, 4, 4, 0]])
embedding(tokens).sum().backward()
print(embedding.weight.grad)               # row 0: no gradient, however often it occurs
#> tensor([[0., 0., 0.],
#>         [1., 1., 1.],
#>         [1., 1., 1.],
#>         [0., 0., 0.],
#>         [3., 3., 3.]])

# The row is only initialized to zero: it stays as it is, it is not forced to zero.
with torch.no_grad():
    embedding.weight[0] = 7.0
print(embedding(torch.tensor([0])))
#> tensor([[7., 7., 7.]], grad_fn=<EmbeddingBackward0>)
