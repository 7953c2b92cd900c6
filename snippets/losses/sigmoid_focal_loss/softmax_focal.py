import torch
import torch.nn.functional as F

# Multi-class (softmax) focal loss, the variant torchvision does not provide:
# FL = (1 - p_y)**gamma * CE, with p_y = softmax(x)_y = exp(-CE).
logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 0.2, 0.3]])
target = torch.tensor([0, 2])

ce = F.cross_entropy(logits, target, reduction="none")
p_y = torch.exp(-ce)
print(p_y)
#> tensor([0.7856, 0.3672])
print((1 - p_y) ** 2.0 * ce)
#> tensor([0.0111, 0.4013])

# gamma = 0 gives back cross_entropy.
print(((1 - p_y) ** 0.0 * ce).mean(), F.cross_entropy(logits, target))
#> tensor(0.6216) tensor(0.6216)
