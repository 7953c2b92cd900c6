import torch
import torch.nn as nn

tokens = torch.tensor([0, 1])
for clone in (False, True):
    weight = torch.tensor([[3.0, 4.0], [1.0, 0.0]])
    embedding = nn.Embedding.from_pretrained(weight, freeze=False, max_norm=1.0)
    w = embedding.weight.clone() if clone else embedding.weight
    penalty = w.square().sum()             # uses the weight before the lookup renormalizes it
    try:
        (penalty + embedding(tokens).sum()).backward()
        print(clone, embedding.weight.grad)
        #> True tensor([[7., 9.],
        #>         [3., 1.]])
    except RuntimeError as error:
        print(clone, str(error).split(":")[0])
        #> False one of the variables needed for gradient computation has been modified by an inplace operation
