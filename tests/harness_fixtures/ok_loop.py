import torch

for n in range(1, 4):
    print(torch.ones(n).sum())
    #> tensor(1.)
    #> tensor(2.)
    #> tensor(3.)
