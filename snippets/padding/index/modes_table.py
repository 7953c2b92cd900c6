import torch
import torch.nn as nn

x = torch.tensor([[[1.0, 2.0, 3.0, 4.0, 5.0]]])  # (N, C, W)
layers = [nn.ZeroPad1d(3), nn.ConstantPad1d(3, 9.0), nn.ReflectionPad1d(3), nn.ReplicationPad1d(3),
          nn.CircularPad1d(3)]
for layer in layers:
    print(f"{type(layer).__name__:16}", layer(x)[0, 0].long().tolist())
    #> ZeroPad1d        [0, 0, 0, 1, 2, 3, 4, 5, 0, 0, 0]
    #> ConstantPad1d    [9, 9, 9, 1, 2, 3, 4, 5, 9, 9, 9]
    #> ReflectionPad1d  [4, 3, 2, 1, 2, 3, 4, 5, 4, 3, 2]
    #> ReplicationPad1d [1, 1, 1, 1, 2, 3, 4, 5, 5, 5, 5]
    #> CircularPad1d    [3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3]
