import torch
import torch.nn.functional as F

weight = torch.tensor([[0.0, 0.0],
                       [1.0, 1.5],
                       [2.0, 2.5],
                       [3.0, 3.5]])        # 4 embeddings of dimension 2
tokens = torch.tensor([[3, 1, 1],
                       [0, 2, 3]])

out = F.embedding(tokens, weight)
print(out.shape)
#> torch.Size([2, 3, 2])
print(out[0])                              # rows 3, 1, 1 of the weight
#> tensor([[3.0000, 3.5000],
#>         [1.0000, 1.5000],
#>         [1.0000, 1.5000]])
print(torch.equal(out, weight[tokens]))    # the lookup is plain indexing
#> True
print(F.embedding(torch.tensor(2), weight))  # a 0-d index gives one vector
#> tensor([2.0000, 2.5000])
