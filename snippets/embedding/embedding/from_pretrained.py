import torch
import torch.nn as nn

vectors = torch.tensor([[0.1, 0.2],
                        [0.3, 0.4],
                        [0.5, 0.6]])       # e.g. word vectors trained elsewhere

frozen = nn.Embedding.from_pretrained(vectors)                # freeze=True by default
trainable = nn.Embedding.from_pretrained(vectors, freeze=False)
print(frozen.weight.requires_grad, trainable.weight.requires_grad)
#> False True

# The module uses the given tensor itself, not a copy: training it changes `vectors`.
trainable(torch.tensor([1])).sum().backward()
torch.optim.SGD(trainable.parameters(), lr=1.0).step()
print(vectors[1])
#> tensor([-0.7000, -0.6000])

# padding_idx does not zero the row of a pretrained matrix: it only stops its gradient.
padded = nn.Embedding.from_pretrained(vectors.clone(), padding_idx=0)
print(padded(torch.tensor([0])))
#> tensor([[0.1000, 0.2000]])
