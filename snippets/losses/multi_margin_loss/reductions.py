import torch
import torch.nn.functional as F

x = torch.tensor([[0.1, 0.2, 0.4, 0.8],
                  [0.9, 0.1, 0.3, 0.2]])
y = torch.tensor([3, 0])

for reduction in ["none", "sum", "mean"]:
    print(reduction, F.multi_margin_loss(x, y, reduction=reduction))
    #> none tensor([0.3250, 0.2250])
    #> sum tensor(0.5500)
    #> mean tensor(0.2750)
