import torch
import torch.nn as nn

torch.manual_seed(0)
embedding = nn.Embedding(1000, 8, sparse=True)
embedding(torch.tensor([3, 3, 7])).sum().backward()
grad = embedding.weight.grad
print(grad.layout, grad.shape)
#> torch.sparse_coo torch.Size([1000, 8])
print(grad.coalesce().indices())           # only the rows that were looked up are stored
#> tensor([[3, 7]])

optimizer = torch.optim.SGD(embedding.parameters(), lr=0.1)  # SGD and SparseAdam accept it
optimizer.step()
try:
    torch.optim.Adam(embedding.parameters()).step()
except RuntimeError as error:
    print(error)
    #> Adam does not support sparse gradients, please consider SparseAdam instead
