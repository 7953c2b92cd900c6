import torch
import torch.nn.functional as F

x1 = torch.tensor([[1.0, 0.0], [1.0, 0.0], [1.0, 2.0]])
x2 = torch.tensor([[1.0, 1.0], [0.0, 1.0], [2.0, 1.0]])
y = torch.tensor([1.0, -1.0, -1.0])

# One loss per pair; 'mean' divides by the number of pairs N = 3.
for reduction in ["none", "sum", "mean"]:
    print(reduction, F.cosine_embedding_loss(x1, x2, y, reduction=reduction))
    #> none tensor([0.2929, 0.0000, 0.8000])
    #> sum tensor(1.0929)
    #> mean tensor(0.3643)
