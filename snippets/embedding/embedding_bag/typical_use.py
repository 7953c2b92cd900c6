import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
bag = nn.EmbeddingBag(num_embeddings=10, embedding_dim=4, mode="mean")  # a vocabulary of 10 tokens
classifier = nn.Linear(4, 2)
tokens = torch.tensor([5, 2, 7, 3, 3, 9, 1])  # 3 texts of lengths 2, 4 and 1, one after another
offsets = torch.tensor([0, 2, 6])             # where each text starts

features = bag(tokens, offsets)                # the mean vector of each text
loss = F.cross_entropy(classifier(features), torch.tensor([1, 0, 1]))
loss.backward()
print(tokens.shape, offsets.shape, features.shape)
#> torch.Size([7]) torch.Size([3]) torch.Size([3, 4])
