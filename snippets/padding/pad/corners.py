import torch
import torch.nn.functional as F

x = torch.tensor([[[1, 2, 3],
                   [4, 5, 6],
                   [7, 8, 9]]]).float()  # (C, H, W)
for mode in ["reflect", "replicate", "circular"]:
    print(mode, F.pad(x, (1, 1, 1, 1), mode=mode)[0].long(), sep="\n")
    #> reflect
    #> tensor([[5, 4, 5, 6, 5],
    #>         [2, 1, 2, 3, 2],
    #>         [5, 4, 5, 6, 5],
    #>         [8, 7, 8, 9, 8],
    #>         [5, 4, 5, 6, 5]])
    #> replicate
    #> tensor([[1, 1, 2, 3, 3],
    #>         [1, 1, 2, 3, 3],
    #>         [4, 4, 5, 6, 6],
    #>         [7, 7, 8, 9, 9],
    #>         [7, 7, 8, 9, 9]])
    #> circular
    #> tensor([[9, 7, 8, 9, 7],
    #>         [3, 1, 2, 3, 1],
    #>         [6, 4, 5, 6, 4],
    #>         [9, 7, 8, 9, 7],
    #>         [3, 1, 2, 3, 1]])
