import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(2, 12, 5, 5)
shuffled = F.channel_shuffle(x, 3)
print(torch.equal(F.channel_shuffle(shuffled, 4), x))  # 12 / 3 = 4 groups undo it
#> True
print(torch.equal(F.channel_shuffle(shuffled, 3), x))  # the same groups do not
#> False
