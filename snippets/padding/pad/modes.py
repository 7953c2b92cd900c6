import torch
import torch.nn.functional as F

x = torch.tensor([[[1.0, 2.0, 3.0, 4.0]]])
for mode in ["constant", "reflect", "replicate", "circular"]:
    print(f"{mode:9}", F.pad(x, (2, 3), mode=mode)[0, 0].tolist())
    #> constant  [0.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 0.0, 0.0]
    #> reflect   [3.0, 2.0, 1.0, 2.0, 3.0, 4.0, 3.0, 2.0, 1.0]
    #> replicate [1.0, 1.0, 1.0, 2.0, 3.0, 4.0, 4.0, 4.0, 4.0]
    #> circular  [3.0, 4.0, 1.0, 2.0, 3.0, 4.0, 1.0, 2.0, 3.0]
print(f"{'value=9':9}", F.pad(x, (2, 3), value=9.0)[0, 0].tolist())
#> value=9   [9.0, 9.0, 1.0, 2.0, 3.0, 4.0, 9.0, 9.0, 9.0]
