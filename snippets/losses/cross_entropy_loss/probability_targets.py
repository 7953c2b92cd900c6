import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 0.2, 0.3]])
# A float target of the same shape as the input is a distribution over classes.
soft = torch.tensor([[0.7, 0.2, 0.1],
                     [0.0, 0.5, 0.5]])

per_sample = -(soft * F.log_softmax(logits, dim=1)).sum(dim=1)
print(per_sample)
#> tensor([0.8413, 1.0519])
print(F.cross_entropy(logits, soft))
#> tensor(0.9466)

# One-hot probabilities give the same loss as class indices.
one_hot = F.one_hot(torch.tensor([0, 2]), num_classes=3).float()
print(F.cross_entropy(logits, one_hot), F.cross_entropy(logits, torch.tensor([0, 2])))
#> tensor(0.6216) tensor(0.6216)
