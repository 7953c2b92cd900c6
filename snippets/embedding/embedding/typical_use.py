import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
embedding = nn.Embedding(num_embeddings=10, embedding_dim=4, padding_idx=0)  # a vocabulary of 10 tokens
classifier = nn.Linear(4, 2)
tokens = torch.tensor([[5, 2, 7, 1],
                       [3, 3, 9, 0]])      # 2 sentences of 4 token ids, 0 pads the second one

vectors = embedding(tokens)                # one 4-dim vector per token
logits = classifier(vectors.mean(dim=1))   # average over the tokens, then classify
loss = F.cross_entropy(logits, torch.tensor([1, 0]))
loss.backward()
print(tokens.shape, vectors.shape, logits.shape)
#> torch.Size([2, 4]) torch.Size([2, 4, 4]) torch.Size([2, 2])
print(embedding.weight.grad[0])            # the padding row receives no gradient
#> tensor([0., 0., 0., 0.])
