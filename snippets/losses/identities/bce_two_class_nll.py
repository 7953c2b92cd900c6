import torch
import torch.nn.functional as F

probs = torch.tensor([0.9, 0.2, 0.6, 0.3, 0.75])
target = torch.tensor([1.0, 0.0, 1.0, 0.0, 0.0])

# Two classes: column 0 holds log(1 - p), column 1 holds log(p); the target becomes a class index.
two_class = torch.stack([torch.log(1 - probs), torch.log(probs)], dim=1)
for reduction in ["none", "mean", "sum"]:
    print(reduction, F.binary_cross_entropy(probs, target, reduction=reduction),
          F.nll_loss(two_class, target.long(), reduction=reduction))
    #> none tensor([0.1054, 0.2231, 0.5108, 0.3567, 1.3863]) tensor([0.1054, 0.2231, 0.5108, 0.3567, 1.3863])
    #> mean tensor(0.5165) tensor(0.5165)
    #> sum tensor(2.5823) tensor(2.5823)

# Weights: BCELoss's 'mean' divides by N, NLLLoss's weighted 'mean' by the sum of the weights used.
class_weight = torch.tensor([1.0, 3.0])              # NLLLoss: one weight per class
element_weight = class_weight[target.long()]          # BCELoss: the same weight per element
print(F.binary_cross_entropy(probs, target, weight=element_weight, reduction="sum"),
      F.nll_loss(two_class, target.long(), weight=class_weight, reduction="sum"))
#> tensor(3.8147) tensor(3.8147)
print(F.binary_cross_entropy(probs, target, weight=element_weight),
      F.nll_loss(two_class, target.long(), weight=class_weight))
#> tensor(0.7629) tensor(0.4239)
print(element_weight.sum())
#> tensor(9.)

# Probabilities of exactly 0 or 1: BCELoss clamps log at -100, the plain logs do not.
edge = torch.tensor([0.0, 1.0])
edge_target = torch.tensor([1.0, 0.0])  # both certain and wrong
edge_two_class = torch.stack([torch.log(1 - edge), torch.log(edge)], dim=1)
print(F.binary_cross_entropy(edge, edge_target, reduction="none"),
      F.nll_loss(edge_two_class, edge_target.long(), reduction="none"))
#> tensor([100., 100.]) tensor([inf, inf])
