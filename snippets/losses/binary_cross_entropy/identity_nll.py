import torch
import torch.nn.functional as F

probs = torch.tensor([0.9, 0.2, 0.6, 0.3])
target = torch.tensor([1.0, 0.0, 1.0, 0.0])

# Binary cross entropy is NLLLoss on two classes with log-probabilities [log(1 - p), log(p)].
two_class = torch.stack([1 - probs, probs], dim=1).log()
print(F.binary_cross_entropy(probs, target), F.nll_loss(two_class, target.long()))
#> tensor(0.2990) tensor(0.2990)
# And it is BCEWithLogitsLoss on the logits log(p / (1 - p)).
print(F.binary_cross_entropy_with_logits(torch.logit(probs), target))
#> tensor(0.2990)

# Through a sigmoid, the gradient with respect to the logits is sigmoid(z) - y.
z = torch.logit(probs).requires_grad_()
F.binary_cross_entropy(torch.sigmoid(z), target, reduction="sum").backward()
print(z.grad)
#> tensor([-0.1000,  0.2000, -0.4000,  0.3000])
print(torch.sigmoid(z).detach() - target)
#> tensor([-0.1000,  0.2000, -0.4000,  0.3000])
