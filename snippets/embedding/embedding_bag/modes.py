import torch
import torch.nn.functional as F

weight = torch.tensor([[0.0, 0.0],
                       [1.0, -2.0],
                       [3.0, 1.0],
                       [-1.0, 4.0],
                       [2.0, 2.0],
                       [0.5, -1.0]])
tokens = torch.tensor([1, 2, 4, 5, 4, 3])
offsets = torch.tensor([0, 2, 2])          # bags [1, 2], [] and [4, 5, 4, 3]

for mode in ("sum", "mean", "max"):
    print(mode, F.embedding_bag(tokens, weight, offsets, mode=mode).tolist())
    #> sum [[4.0, -1.0], [0.0, 0.0], [3.5, 7.0]]
    #> mean [[2.0, -0.5], [0.0, 0.0], [0.875, 1.75]]
    #> max [[3.0, 1.0], [0.0, 0.0], [2.0, 4.0]]
