import torch
import torch.nn as nn

tokens = torch.tensor([[0, 0, 0, 2],
                       [1, 0, 2, 3]])      # token 0 occurs 4 times, token 2 twice
for scale in (False, True):
    torch.manual_seed(0)
    embedding = nn.Embedding(4, 2, scale_grad_by_freq=scale)
    embedding(tokens).sum().backward()
    print(scale, embedding.weight.grad[:, 0])  # the gradient of each row (first column)
    #> False tensor([4., 1., 2., 1.])
    #> True tensor([1., 1., 1., 1.])
