import torch
import torch.nn as nn

weight = torch.tensor([[3.0, 4.0],         # norm 5
                       [0.3, 0.4],         # norm 0.5
                       [6.0, 8.0]])        # norm 10
embedding = nn.Embedding.from_pretrained(weight, max_norm=1.0)
before = embedding.weight.clone()

out = embedding(torch.tensor([0, 1]))
print(out)
#> tensor([[0.6000, 0.8000],
#>         [0.3000, 0.4000]])
print(embedding.weight)                    # the weight itself has changed, in place
#> Parameter containing:
#> tensor([[0.6000, 0.8000],
#>         [0.3000, 0.4000],
#>         [6.0000, 8.0000]])
print(torch.equal(before, embedding.weight))
#> False
print(embedding.weight.norm(dim=1))        # row 0 rescaled, row 1 below 1, row 2 not looked up
#> tensor([ 1.0000,  0.5000, 10.0000])
