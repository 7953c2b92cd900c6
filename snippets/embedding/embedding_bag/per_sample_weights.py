import torch
import torch.nn.functional as F

weight = torch.tensor([[0.0, 0.0],
                       [1.0, -2.0],
                       [3.0, 1.0],
                       [-1.0, 4.0]])
tokens = torch.tensor([1, 2, 3, 1])
offsets = torch.tensor([0, 2])             # bags [1, 2] and [3, 1]
scores = torch.tensor([0.5, 2.0, 1.0, -1.0])  # one weight per token, e.g. a tf-idf score

print(F.embedding_bag(tokens, weight, offsets, mode="sum", per_sample_weights=scores).tolist())
#> [[6.5, 1.0], [-2.0, 6.0]]
try:
    F.embedding_bag(tokens, weight, offsets, mode="mean", per_sample_weights=scores)
except NotImplementedError as error:
    print(error)
    #> embedding_bag: per_sample_weights was not None. per_sample_weights is only supported for mode='sum' (got mode='mean'). Please open a feature request on GitHub.
