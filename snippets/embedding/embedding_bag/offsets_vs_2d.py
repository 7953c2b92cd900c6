import torch
import torch.nn.functional as F

torch.manual_seed(0)
weight = torch.randn(10, 3)
batch = torch.tensor([[1, 4, 4],
                      [7, 0, 2]])          # 2 bags of the same length 3

from_2d = F.embedding_bag(batch, weight, mode="sum")            # each row is a bag
from_offsets = F.embedding_bag(batch.flatten(), weight, torch.tensor([0, 3]), mode="sum")
from_embedding = F.embedding(batch, weight).sum(dim=1)          # the same, with a (2, 3, 3) tensor in between
print(from_2d.shape)
#> torch.Size([2, 3])
print(torch.allclose(from_2d, from_offsets), torch.allclose(from_2d, from_embedding))
#> True True
