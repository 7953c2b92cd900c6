import torch
import torch.nn.functional as F

x1 = torch.tensor([0.8, 0.3, 0.4])
x2 = torch.tensor([0.6, 0.6, 1.0])
y = torch.tensor([1.0, 1.0, -1.0])

# The signed gap y * (x1 - x2) of each pair:
print([round(gap, 4) for gap in (y * (x1 - x2)).tolist()])
#> [0.2, -0.3, 0.6]
# A pair costs something while its signed gap is SMALLER than the margin.
for margin in [0.0, 0.5]:
    print(margin, F.margin_ranking_loss(x1, x2, y, margin=margin, reduction="none"))
    #> 0.0 tensor([0.0000, 0.3000, 0.0000])
    #> 0.5 tensor([0.3000, 0.8000, 0.0000])

# With margin 0 a pair ordered correctly by a hair costs nothing and gets no gradient.
a = torch.tensor([0.501], requires_grad=True)
for margin in [0.0, 0.5]:
    a.grad = None
    loss = F.margin_ranking_loss(a, torch.tensor([0.5]), torch.tensor([1.0]), margin=margin)
    loss.backward()
    print(margin, loss, a.grad)
    #> 0.0 tensor(0., grad_fn=<MeanBackward0>) tensor([-0.])
    #> 0.5 tensor(0.4990, grad_fn=<MeanBackward0>) tensor([-1.])
