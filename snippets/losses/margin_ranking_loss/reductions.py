import torch
import torch.nn.functional as F

x1 = torch.tensor([0.8, 0.3, 0.4])
x2 = torch.tensor([0.6, 0.6, 1.0])
y = torch.tensor([1.0, 1.0, -1.0])

for reduction in ["none", "sum", "mean"]:
    print(reduction, F.margin_ranking_loss(x1, x2, y, margin=0.5, reduction=reduction))
    #> none tensor([0.3000, 0.8000, 0.0000])
    #> sum tensor(1.1000)
    #> mean tensor(0.3667)
