import torch
import torch.nn.functional as F

weight = torch.tensor([[0.0, 0.0],
                       [1.0, -2.0],
                       [3.0, 1.0],
                       [-1.0, 4.0],
                       [2.0, 2.0],
                       [0.5, -1.0]])
tokens = torch.tensor([1, 2, 4, 5, 4, 3])

starts = torch.tensor([0, 2, 2])           # 3 bags: the last one runs to the end
bounds = torch.tensor([0, 2, 2, 6])        # 3 bags, with the end of the last one
print(F.embedding_bag(tokens, weight, starts, mode="sum").tolist())
#> [[4.0, -1.0], [0.0, 0.0], [3.5, 7.0]]
print(F.embedding_bag(tokens, weight, bounds, mode="sum", include_last_offset=True).tolist())
#> [[4.0, -1.0], [0.0, 0.0], [3.5, 7.0]]
