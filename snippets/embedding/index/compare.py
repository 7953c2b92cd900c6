import torch
import torch.nn.functional as F

torch.manual_seed(0)
weight = torch.randn(10, 4)                # a table of 10 vectors of dimension 4
tokens = torch.tensor([[5, 2, 7],
                       [3, 3, 9]])

vectors = F.embedding(tokens, weight)                   # one vector per token
pooled = F.embedding_bag(tokens, weight, mode="mean")   # one vector per row of tokens
one_hot = F.one_hot(tokens, num_classes=10).float()     # one 0/1 row per token
print(vectors.shape, pooled.shape, one_hot.shape)
#> torch.Size([2, 3, 4]) torch.Size([2, 4]) torch.Size([2, 3, 10])
print(torch.allclose(one_hot @ weight, vectors))        # a lookup is a one-hot vector times the table
#> True
print(torch.allclose(vectors.mean(dim=1), pooled))      # a bag is a pooled lookup
#> True
