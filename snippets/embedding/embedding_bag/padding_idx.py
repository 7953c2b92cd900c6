import torch
import torch.nn.functional as F

weight = torch.tensor([[9.0, 9.0],         # row 0 pads; its values do not matter
                       [1.0, -2.0],
                       [3.0, 1.0],
                       [-1.0, 4.0]])
batch = torch.tensor([[1, 2, 0, 0],
                      [3, 0, 0, 0],
                      [0, 0, 0, 0]])       # 3 texts padded to length 4

for mode in ("sum", "mean", "max"):
    print(mode, F.embedding_bag(batch, weight, mode=mode, padding_idx=0).tolist())
    #> sum [[4.0, -1.0], [-1.0, 4.0], [0.0, 0.0]]
    #> mean [[2.0, -0.5], [-1.0, 4.0], [0.0, 0.0]]
    #> max [[3.0, 1.0], [-1.0, 4.0], [0.0, 0.0]]
# Without padding_idx, the padding rows count: the mean of the second text is pulled toward row 0.
print(F.embedding_bag(batch, weight, mode="mean")[1].tolist())
#> [6.5, 7.75]
