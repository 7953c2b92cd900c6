import torch
import torch.nn.functional as F

x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0], requires_grad=True)
F.logsigmoid(x).sum().backward()
# sigmoid(-x): 1/2 at 0, close to 1 on the left (slope of x), close to 0 on the right.
print(x.grad)
#> tensor([0.9526, 0.7311, 0.5000, 0.2689, 0.0474])
