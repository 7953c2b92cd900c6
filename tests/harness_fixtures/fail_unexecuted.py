import torch

x = torch.tensor([0.5, -0.5])
if x.min() > 0:
    print("all positive:", x)
    #> all positive: tensor([ 0.5000, -0.5000])
print(x.abs())
#> tensor([0.5000, 0.5000])
