import torch
import torch.nn.functional as F

x = torch.tensor([[0.5, -1.0, 2.0, 0.0],
                  [1.5, 0.5, -0.5, 1.0],
                  [-1.0, 0.0, 1.0, 2.0]])
W = torch.tensor([[0.2, -0.1, 0.4, 0.0],
                  [0.0, 0.3, 0.5, -0.2],
                  [0.1, 0.1, 0.1, 0.1],
                  [-0.3, 0.2, 0.0, 0.4],
                  [0.5, 0.0, -0.1, 0.3]])
target = torch.tensor([1, 0, 4])

for reduction in ["none", "sum", "mean"]:
    print(reduction, F.linear_cross_entropy(x, W, target, reduction=reduction))
    #> none tensor([1.3347, 1.9145, 2.0218])
    #> sum tensor(5.2710)
    #> mean tensor(1.7570)

# With class weights, 'mean' divides by the weights of the targets (2 + 1 + 5 = 8), not by N = 3.
weight = torch.tensor([1.0, 2.0, 1.0, 1.0, 5.0])
per_sample = F.linear_cross_entropy(x, W, target, weight=weight, reduction="none")
print(per_sample)
#> tensor([ 2.6694,  1.9145, 10.1092])
print(F.linear_cross_entropy(x, W, target, weight=weight), per_sample.sum() / weight[target].sum())
#> tensor(1.8366) tensor(1.8366)
